import { randomBytes } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { assignments, clients, conversations, escalations, handoffs, interactions, qualificationAnswers, seats, tasks } from "@/lib/db/schema";
import { describeEachDriver } from "@/lib/db/testing/each-driver";
import { answerClientMessage } from "./answer-message";
import { findUnanswered, sweepUnanswered } from "./sweep";
import { createConversationFixture, type ConversationFixture } from "./testing/conversation-fixture";

const START = new Date("2026-12-01T18:00:00Z");
const minute = (i: number) => new Date(START.getTime() + i * 60_000);
const noModel = async () => null;

describeEachDriver("the AI seat answering a client's messages", ({ db }) => {
  let fx: ConversationFixture;
  beforeAll(async () => {
    vi.stubEnv("GHL_TOKEN_KEY", randomBytes(32).toString("base64"));
    vi.stubEnv("GHL_PRIVATE_TOKEN", "");
    fx = await createConversationFixture(db());
  });
  afterAll(() => vi.unstubAllEnvs());

  /** The client says it at minute i and the AI seat answers. */
  const talk = async (clientId: string, body: string, i: number) => {
    const m = await fx.says(clientId, body, minute(i));
    return answerClientMessage(db(), { organizationId: fx.organizationId, clientId, interactionId: m.id }, minute(i), { phrase: noModel });
  };
  const conversation = async (clientId: string) => (await db().select().from(conversations).where(eq(conversations.clientId, clientId)))[0];

  it("gives a new seller a first touch with the first of Jorge's questions, queued through the gate", async () => {
    const c = await fx.client({ pipeline: "seller" });
    const outcome = await talk(c.id, "thinking of selling my house in Alta Loma this spring", 0);
    expect(outcome).toMatchObject({ status: "replied", action: "first_touch" });
    const [reply] = await fx.replies(c.id);
    expect(reply).toMatchObject({ state: "queued", authorKind: "ai", seatId: fx.listingAi.id, channel: "sms", idempotencyKey: expect.stringMatching(/^reply:/) });
    expect(reply!.body).toMatch(/automated assistant/);
    // "Alta Loma" and "this spring" already answer the address and the timeline: next is why they sell.
    expect(reply!.body).toMatch(/What has you thinking about selling/);
    expect(await conversation(c.id)).toMatchObject({ state: "active", lastQuestion: "motivation", questionsAsked: 1, aiSeatId: fx.listingAi.id });
  });

  it("qualifies a seller in five replies, then hands the hot lead to a person with a call task and the dossier", async () => {
    const c = await fx.client({ pipeline: "seller", firstName: "Maria" });
    const lines = ["Hi, I want to sell my home", "It's 7512 Etiwanda Ave, Rancho Cucamonga 91739", "We're relocating to Austin for my job", "Yes, 30-45 days would work for us", "It's move-in ready, we just repainted", "Around $1.1 million would feel good"];
    const outcomes = [];
    for (const [i, line] of lines.entries()) outcomes.push(await talk(c.id, line, i * 2));
    expect(outcomes.map((o) => ("action" in o ? o.action : o.status))).toEqual(["first_touch", "ask", "ask", "ask", "ask", "handoff"]);
    const answers = await db().select().from(qualificationAnswers).where(eq(qualificationAnswers.clientId, c.id));
    expect(answers.map((a) => a.field).sort()).toEqual(["address", "condition", "motivation", "price", "timeline"]);
    expect(answers.every((a) => a.sourceInteractionId)).toBe(true);
    const [row] = await db().select().from(clients).where(eq(clients.id, c.id));
    expect(row).toMatchObject({ temperature: "hot", stage: "Hot Seller", ownerSeatId: fx.bobSeat.id, priceExpectation: 1_100_000 });
    const [handoff] = await db().select().from(handoffs).where(eq(handoffs.clientId, c.id));
    expect(handoff).toMatchObject({ toSeatId: fx.bobSeat.id, fromSeatId: fx.listingAi.id, kind: "transfer", initiatedBy: "coordinator", state: "completed" });
    expect(JSON.stringify(handoff!.dossier)).toContain("Etiwanda");
    const [task] = await db().select().from(tasks).where(eq(tasks.clientId, c.id));
    expect(task).toMatchObject({ seatId: fx.bobSeat.id, kind: "call", status: "open", title: expect.stringContaining("Call Maria") });
    expect(task!.dueAt!.getTime() - minute(10).getTime()).toBeLessThanOrEqual(2 * 3_600_000);
    const last = (await fx.replies(c.id)).at(-1)!;
    expect(last.body).toContain("Bob");
    expect(await conversation(c.id)).toMatchObject({ state: "handed_off", stoppedReason: expect.stringContaining("Hot lead") });
  });

  it("asks a buyer who writes in Spanish in Spanish", async () => {
    const c = await fx.client({ pipeline: "buyer", firstName: "Lupe" });
    expect(await talk(c.id, "Hola, estoy buscando una casa en Rancho Cucamonga para mi familia", 0)).toMatchObject({ status: "replied", action: "first_touch" });
    const [reply] = await fx.replies(c.id);
    expect(reply!.body).toMatch(/asistente|Hola/);
    expect(await conversation(c.id)).toMatchObject({ language: "es" });
  });

  it("says it is automated when asked, then asks the next question", async () => {
    const c = await fx.client({ pipeline: "seller" });
    await talk(c.id, "I'd like to sell my condo", 0);
    expect(await talk(c.id, "wait, are you a bot?", 1)).toMatchObject({ status: "replied", action: "disclose" });
    const reply = (await fx.replies(c.id)).at(-1)!;
    expect(reply.body).toMatch(/automated/i);
    expect(reply.state).toBe("queued");
  });

  it("confirms STOP once and then says nothing, a second STOP included, until START", async () => {
    const c = await fx.client({ pipeline: "seller" });
    await db().insert(tasks).values({ organizationId: fx.organizationId, clientId: c.id, seatId: fx.listingAi.id, title: "Follow up", kind: "follow_up", attempt: 1, dueAt: minute(60) });
    await talk(c.id, "I'm thinking about selling", 0);
    expect(await talk(c.id, "STOP", 1)).toMatchObject({ status: "replied", action: "confirm_opt_out" });
    const confirmation = (await fx.replies(c.id)).at(-1)!;
    expect(confirmation).toMatchObject({ state: "queued", allowed: true });
    const [row] = await db().select().from(clients).where(eq(clients.id, c.id));
    expect(row).toMatchObject({ smsConsent: false, optedOutAt: minute(1) });
    expect((await db().select().from(tasks).where(eq(tasks.clientId, c.id)))[0]).toMatchObject({ status: "cancelled" });
    expect(await talk(c.id, "STOP", 2)).toMatchObject({ status: "silent" });
    expect(await talk(c.id, "Actually what is my home worth?", 3)).toMatchObject({ status: "silent" });
    expect(await fx.replies(c.id)).toHaveLength(2);
    expect(await talk(c.id, "START", 4)).toMatchObject({ status: "replied", action: "confirm_opt_in" });
    expect((await db().select().from(clients).where(eq(clients.id, c.id)))[0]).toMatchObject({ smsConsent: true, optedOutAt: null });
    expect(await talk(c.id, "It's 10 Main St, Upland", 5)).toMatchObject({ status: "replied", action: "ask" });
    expect((await fx.replies(c.id)).map((m) => m.state)).toEqual(["queued", "queued", "queued", "queued"]);
  });

  it("stops with word that a person follows when the client asks for one or writes distress words", async () => {
    const c = await fx.client({ pipeline: "seller" });
    await talk(c.id, "Thinking of selling", 0);
    const m = await fx.says(c.id, "We are facing foreclosure, I need to talk to a real person", minute(1));
    await db().insert(escalations).values({ organizationId: fx.organizationId, clientId: c.id, trigger: "distress_words", severity: "high", summary: "Legal or financial distress: foreclosure", ackDueAt: minute(30), resolveDueAt: minute(240), createdAt: minute(1) });
    expect(await answerClientMessage(db(), { organizationId: fx.organizationId, clientId: c.id, interactionId: m.id }, minute(1), { phrase: noModel })).toMatchObject({ status: "replied", action: "escalate" });
    expect(await conversation(c.id)).toMatchObject({ state: "escalated" });
    expect(await talk(c.id, "hello?", 2)).toMatchObject({ status: "silent" });
  });

  it("sends nothing from a paused AI seat, and says so", async () => {
    const [paused] = await db().insert(seats).values({ organizationId: fx.organizationId, name: "Paused AI", kind: "ai", role: "listing_specialist", capacity: 5, pausedAt: minute(-5) }).returning();
    const c = await fx.client({ pipeline: "seller", ai: paused!.id });
    expect(await talk(c.id, "I want to sell my house at 5 Elm St", 0)).toMatchObject({ status: "paused", reason: expect.stringContaining("Paused AI is paused") });
    expect(await fx.replies(c.id)).toHaveLength(0);
  });

  it("queues one reply when the job runs twice for one message", async () => {
    const c = await fx.client({ pipeline: "buyer" });
    const m = await fx.says(c.id, "Looking for a 3 bedroom home", minute(0));
    const job = { organizationId: fx.organizationId, clientId: c.id, interactionId: m.id };
    const [a, b] = await Promise.all([answerClientMessage(db(), job, minute(0), { phrase: noModel }), answerClientMessage(db(), job, minute(0), { phrase: noModel })]);
    expect([a.status, b.status].sort()).toEqual(["already", "replied"]);
    expect(await answerClientMessage(db(), job, minute(1), { phrase: noModel })).toMatchObject({ status: "already" });
    expect(await fx.replies(c.id)).toHaveLength(1);
  });

  it("leaves a client a person leads to that person, and an AI covers only while the person's offer is pending", async () => {
    const led = await fx.client({ pipeline: "buyer", lead: { seatId: fx.carlSeat.id, state: "accepted" } });
    expect(await talk(led.id, "Hi, any homes in Etiwanda?", 0)).toMatchObject({ status: "not_ai" });
    expect(await fx.replies(led.id)).toHaveLength(0);
    const pending = await fx.client({ pipeline: "buyer", lead: { seatId: fx.carlSeat.id, state: "offered" } });
    expect(await talk(pending.id, "Hi, any homes in Etiwanda?", 0)).toMatchObject({ status: "replied", action: "first_touch" });
    await db().update(assignments).set({ state: "accepted", respondedAt: minute(1), expiresAt: null }).where(and(eq(assignments.clientId, pending.id), eq(assignments.seatId, fx.carlSeat.id)));
    expect(await talk(pending.id, "Under 900k please", 1)).toMatchObject({ status: "not_ai" });
    expect(await conversation(pending.id)).toMatchObject({ state: "handed_off" });
  });

  it("sweeps up a message whose reply job was lost, once it has waited 20 s, and only for AI-answered clients", async () => {
    const c = await fx.client({ pipeline: "buyer" });
    const human = await fx.client({ pipeline: "buyer", lead: { seatId: fx.carlSeat.id, state: "accepted" } });
    const at = new Date();
    await fx.says(c.id, "Looking for a home near Victoria Gardens", at);
    await fx.says(human.id, "Looking for a home near Victoria Gardens", at);
    expect((await findUnanswered(db(), new Date(at.getTime() + 5_000))).filter((j) => j.clientId === c.id)).toHaveLength(0);
    const due = await findUnanswered(db(), new Date(at.getTime() + 30_000));
    expect(due.map((j) => j.clientId)).toContain(c.id);
    expect(due.map((j) => j.clientId)).not.toContain(human.id);
    await sweepUnanswered(db(), new Date(at.getTime() + 30_000));
    expect(await fx.replies(c.id)).toHaveLength(1);
    expect((await findUnanswered(db(), new Date(at.getTime() + 40_000))).map((j) => j.clientId)).not.toContain(c.id);
  });

  it("refuses a bad payload with a clear error", async () => {
    await expect(answerClientMessage(db(), { organizationId: "nope", clientId: fx.lucia.id })).rejects.toThrow(/organizationId must be a UUID.*interactionId must be the inbound message's UUID/);
    const [m] = await db().select().from(interactions).limit(1);
    expect(m).toBeDefined();
  });
});
