import { describe, expect, it } from "vitest";
import type { ExtractedAnswer } from "./answer";
import type { PlanReplyInput } from "./plan-input";
import { planReply } from "./plan-reply";

const NOW = new Date("2026-01-15T18:00:00Z");
const answer = (field: ExtractedAnswer["field"], value: Record<string, unknown>): ExtractedAnswer => ({ field, value, excerpt: "words", quality: 90 });

function input(text: string, over: Partial<PlanReplyInput> = {}, client: Partial<PlanReplyInput["client"]> = {}): PlanReplyInput {
  return {
    now: NOW,
    conversation: { state: "active", lastQuestion: null },
    client: { firstName: "Maria", pipeline: "seller", type: "seller", stage: "New Lead", timeZone: "America/Los_Angeles", language: "en", ...client },
    message: { text },
    signals: {},
    ...over,
  };
}

describe("the AI seat's reply to a message", () => {
  it("greets a first message and asks the first open question in the same text", () => {
    const plan = planReply(input("Hi, I'm thinking of selling 123 Banyan St", { signals: { isFirstMessage: true } }));
    expect(plan).toMatchObject({ action: "first_touch", templateKeys: ["first_touch.seller", "ask.motivation"], conversation: { state: "active", lastQuestion: "motivation" }, stage: "Qualifying" });
    expect(plan.text).toMatch(/^Hi Maria, this is the automated assistant for Jorge Salas's team.*What has you thinking about selling/);
    expect(plan.text!.length).toBeLessThanOrEqual(320);
    expect(plan.answers.map((a) => a.field)).toEqual(["address"]);
  });

  it("reads a terse answer against the last question and asks the next one", () => {
    const plan = planReply(input("60 days", { conversation: { state: "active", lastQuestion: "timeline" } }, { answers: [answer("address", { text: "1 Main St" }), answer("motivation", { reason: "relocation" })], qualification: { address: "1 Main St", whySelling: "work" } }));
    expect(plan).toMatchObject({ action: "ask", templateKeys: ["ask.condition"], conversation: { lastQuestion: "condition" }, productive: true });
    expect(plan.patch.columns.timelineDays).toBe(60);
    expect(plan.patch.qualification.timeline30to45Ok).toBe(false);
  });

  it("hands a lead that turns hot to the named person, with a call due in 2 hours", () => {
    const known = [answer("address", { text: "1 Main St" }), answer("motivation", { reason: "relocation" }), answer("timeline", { fits30to45: true }), answer("condition", { state: "move_in_ready" })];
    const plan = planReply(input("850k", { conversation: { state: "active", lastQuestion: "price" }, humanSeat: { firstName: "Luis" } }, { answers: known, qualification: { whySelling: "work", timeline30to45Ok: true, condition: "move_in_ready" } }));
    expect(plan).toMatchObject({ action: "handoff", templateKeys: ["handoff_to_person"], conversation: { state: "handed_off", stoppedReason: expect.stringMatching(/Hot lead/) }, stage: "Hot Seller", lead: { temperature: "hot" } });
    expect(plan.text).toBe("Thank you, Maria, that is really helpful. Luis from Jorge's team will call you within 2 hours to talk through your next steps.");
    expect(plan.callTaskDueAt).toEqual(new Date("2026-01-15T20:00:00Z"));
  });

  it("escalates on a finding and stops, saying a person follows", () => {
    const plan = planReply(input("We're going through a divorce", { conversation: { state: "active", lastQuestion: "motivation" }, signals: { escalations: [{ trigger: "distress_words", severity: "high", summary: 'Legal or financial distress: "divorce"' }] } }));
    expect(plan).toMatchObject({ action: "escalate", templateKeys: ["escalated_to_person"], conversation: { state: "escalated" } });
    expect(plan.answers[0]).toMatchObject({ field: "motivation", value: { reason: "divorce" } });
  });

  it("discloses it is automated and keeps going with the next question", () => {
    const plan = planReply(input("are you a bot?", { conversation: { state: "active", lastQuestion: "address" }, signals: { asksIfBot: true } }));
    expect(plan).toMatchObject({ action: "disclose", templateKeys: ["disclosure", "ask.address"], conversation: { lastQuestion: "address" } });
    expect(plan.text).toMatch(/automated assistant.*address/);
  });

  it("confirms an opt-out once, then stays silent until START", () => {
    const stop = planReply(input("STOP", { signals: { optOut: true } }));
    expect(stop).toMatchObject({ action: "confirm_opt_out", text: "You won't get more texts from us. Reply START to opt back in.", conversation: { state: "opted_out" } });
    const after = planReply(input("STOP please", { conversation: { state: "opted_out", lastQuestion: null }, signals: { optOut: true } }));
    expect(after).toMatchObject({ action: "silent", text: null, conversation: { state: "opted_out", stoppedReason: null } });
    expect(planReply(input("START", { conversation: { state: "opted_out", lastQuestion: null }, signals: { optIn: true } }))).toMatchObject({ action: "confirm_opt_in", conversation: { state: "active" } });
  });

  it("stays silent while a person holds the conversation, but still reads the answers", () => {
    const plan = planReply(input("Actually we want at least 900k", { conversation: { state: "handed_off", lastQuestion: null } }));
    expect(plan).toMatchObject({ action: "silent", text: null, conversation: { state: "handed_off" } });
    expect(plan.patch.columns.priceExpectation).toBe(900_000);
  });

  it("closes politely when every question is answered and the lead is not hot", () => {
    const known = [answer("budget", { max: 700_000 }), answer("pre_approval", { value: false }), answer("bedrooms", { count: 3 })];
    const plan = planReply(input("next summer", { conversation: { state: "active", lastQuestion: "move_in" } }, { pipeline: "buyer", type: "buyer", answers: known, qualification: { priceRange: "up to $700,000", preApproved: false, bedrooms: 3 } }));
    expect(plan).toMatchObject({ action: "close", templateKeys: ["qualified_close"], conversation: { state: "handed_off" } });
  });

  it("answers in Spanish when the client writes Spanish, and uses a stored template", () => {
    const plan = planReply(input("Quiero vender mi casa, es 8123 Archibald Ave", { templates: [{ key: "ask.motivation", language: "es", body: "{{firstName}}, ¿por qué piensa vender y a dónde se muda?" }] }, { language: null }));
    expect(plan).toMatchObject({ language: "es", action: "ask", text: "Maria, ¿por qué piensa vender y a dónde se muda?", templateProblems: [] });
  });

  it("refuses an input it cannot read, naming the field", () => {
    expect(() => planReply(input("hi", {}, { timeZone: "Nowhere" }))).toThrow(/client\.timeZone/);
  });
});
