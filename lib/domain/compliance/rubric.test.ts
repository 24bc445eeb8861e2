import { describe, expect, it } from "vitest";
import type { ReviewContext, ReviewInput } from "./review-input";
import { checkRubric, questionsOf } from "./rubric";

const sms = (text: string, extra: Partial<ReviewInput> = {}): ReviewInput => ({ text, direction: "outbound", channel: "SMS", ...extra });
const found = (input: ReviewInput, context?: ReviewContext) => checkRubric(input, context).map((f) => `${f.category}/${f.severity}`);

describe("checkRubric", () => {
  it("passes a friendly text with one question", () => {
    expect(found(sms("Hi Ana, this is Jorge with Salas Real Estate. What is the address of the home you're thinking of selling?"))).toEqual([]);
  });

  it("warns on emojis, suggesting the text without them, joiners and skin tones included", () => {
    const [finding] = checkRubric(sms("Congrats on the offer 🎉🏡 Talk soon 👍🏽 👨‍👩‍👧"), undefined);
    expect(finding).toMatchObject({ rule: "tone", category: "emoji", severity: "warn", excerpt: "🎉", suggestion: "Congrats on the offer Talk soon" });
  });

  it("does not take ©, ® or ™ for emojis", () => {
    expect(found(sms("© 2026 Jorge Salas Real Estate®, the Inland Empire Home Experts™"))).toEqual([]);
  });

  it("warns on a text over 320 characters and blocks one over 1,600, counting an emoji as one", () => {
    expect(found(sms("a".repeat(320)))).toEqual([]);
    expect(found(sms(`${"a".repeat(319)}€`))).toEqual([]);
    expect(found(sms("a".repeat(321)))).toEqual(["length/warn"]);
    expect(found(sms("a".repeat(1601)))).toEqual(["length/block"]);
    expect(found(sms("a".repeat(2000), { channel: "Email" }))).toEqual([]);
  });

  it("warns on more than one question in a text, but not in an email or for a link's ?", () => {
    const [finding] = checkRubric(sms("What is the address? And why are you selling?"), undefined);
    expect(finding).toMatchObject({ category: "one_question", excerpt: "And why are you selling?", suggestion: "What is the address?" });
    expect(found(sms("¿Cuál es la dirección? ¿Por qué vende?"))).toEqual(["one_question/warn"]);
    expect(found(sms("Photos: https://salas.example/l?id=7&ref=sms. What do you think??"))).toEqual([]);
    expect(found(sms("Is it ready? What price?", { channel: "Email" }))).toEqual([]);
  });

  it("holds a seller to Jorge's order when the pipeline is known", () => {
    expect(found(sms("What price would feel good to you?"), { pipeline: "seller", answered: ["address", "motivation", "timeline"] })).toEqual(["question_order/warn"]);
    expect(found(sms("What price would feel good to you?"), { pipeline: "seller", answered: ["address", "motivation", "timeline", "condition"] })).toEqual([]);
    const [again] = checkRubric(sms("What's the property address?"), { pipeline: "seller", answered: ["address"] });
    expect(again).toMatchObject({ category: "question_order", explanation: expect.stringMatching(/already answered the property address/), suggestion: expect.stringMatching(/why they are selling/) });
  });

  it("holds a buyer to the buyer's order, in Spanish too", () => {
    expect(checkRubric(sms("¿Cuántas recámaras necesita?"), { pipeline: "buyer", answered: ["budget"] })[0]).toMatchObject({ category: "question_order", suggestion: "Ask about lender pre-approval first." });
    expect(found(sms("Have you talked with a lender about pre-approval yet?"), { pipeline: "buyer", answered: ["budget"] })).toEqual([]);
    expect(found(sms("How many bedrooms do you need?"))).toEqual([]);
  });

  it("warns on pressure and skips inbound messages", () => {
    expect(found(sms("Act now, prices will never be this low"))).toEqual(["pressure/warn", "pressure/warn"]);
    expect(found(sms("Act now 🎉? Really? Yes?", { direction: "inbound" }))).toEqual([]);
  });
});

describe("questionsOf", () => {
  it("gives each question as written, without the opening ¿", () => {
    expect(questionsOf("Hi Ana. ¿Cuál es la dirección? Thanks! Is it ready?")).toEqual(["Cuál es la dirección?", "Is it ready?"]);
    expect(questionsOf("No questions here.")).toEqual([]);
  });
});
