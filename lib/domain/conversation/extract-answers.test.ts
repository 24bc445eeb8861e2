import { describe, expect, it } from "vitest";
import { extractAnswers } from "./extract-answers";

const ctx = { now: new Date("2026-01-15T18:00:00Z"), timeZone: "America/Los_Angeles", language: "en" as const };

describe("every answer in one message", () => {
  it("reads several fields, each from its own words, in Jorge's order", () => {
    const answers = extractAnswers("I want to sell my place at 7260 Amethyst Ave, it's in great shape and we're moving to Arizona", { ...ctx, pipeline: "seller", lastQuestion: null });
    expect(answers.map((a) => a.field)).toEqual(["address", "motivation", "condition"]);
    expect(answers[0]).toMatchObject({ value: { text: "7260 Amethyst Ave" }, excerpt: "7260 Amethyst Ave" });
  });

  it("keeps a house number, a pre-approval and days out of the money", () => {
    const seller = extractAnswers("123 Banyan St, we could be out in 60 days", { ...ctx, pipeline: "seller", lastQuestion: "address" });
    expect(seller.map((a) => a.field)).toEqual(["address", "timeline"]);
    const buyer = extractAnswers("pre-approved for 700k, looking up to 650k", { ...ctx, pipeline: "buyer", lastQuestion: null });
    expect(buyer.find((a) => a.field === "budget")?.value).toEqual({ max: 650_000 });
    expect(buyer.find((a) => a.field === "pre_approval")?.value).toMatchObject({ amount: 700_000 });
  });

  it("quotes each answer in the client's own words, even where another reader used some of them", () => {
    const answers = extractAnswers("We're relocating to Austin in March", { ...ctx, pipeline: "seller", lastQuestion: null });
    expect(answers.find((a) => a.field === "motivation")).toMatchObject({ value: { movingTo: "Austin" }, excerpt: "We're relocating to Austin in March" });
    expect(answers.find((a) => a.field === "timeline")?.value).toMatchObject({ days: 45 });
  });

  it("reads a terse reply against the last question only", () => {
    expect(extractAnswers("850", { ...ctx, pipeline: "seller", lastQuestion: "price" })).toMatchObject([{ field: "price", value: { amount: 850_000 } }]);
    expect(extractAnswers("850", { ...ctx, pipeline: "seller", lastQuestion: "condition" })).toEqual([]);
  });

  it("reads only the client's own pipeline's questions", () => {
    expect(extractAnswers("4 bed with a yard", { ...ctx, pipeline: "seller", lastQuestion: null })).toEqual([]);
  });

  it("reads prices, spans and bedrooms said in words", () => {
    const seller = extractAnswers("we could list in like six weeks, hoping for nine seventy five", { ...ctx, pipeline: "seller", lastQuestion: "timeline" });
    expect(seller.map((a) => [a.field, a.value])).toEqual([
      ["timeline", { days: 42, date: "2026-02-26", fits30to45: true }],
      ["price", { amount: 975_000 }],
    ]);
    const buyer = extractAnswers("between 640 and 690, three or four bedrooms", { ...ctx, pipeline: "buyer", lastQuestion: "budget" });
    expect(buyer.map((a) => [a.field, a.value])).toEqual([
      ["budget", { min: 640_000, max: 690_000 }],
      ["bedrooms", { count: 3, max: 4 }],
    ]);
  });

  it("still records a reply that does not know, so the question is not asked again", () => {
    expect(extractAnswers("no idea tbh", { ...ctx, pipeline: "buyer", lastQuestion: "budget" })).toMatchObject([{ field: "budget", value: { unknown: true }, quality: 15 }]);
  });
});
