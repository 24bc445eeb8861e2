import { describe, expect, it } from "vitest";
import { answerText, qualificationAnswers } from "./dossier-qualification";

const seller = { pipeline: "seller" as const, type: "seller" as const };
const buyer = { pipeline: "buyer" as const, type: "buyer" as const };

describe("qualificationAnswers", () => {
  it("turns the seed's seller answers into Jorge's questions, in his order, without bookkeeping keys", () => {
    const q = {
      desiredPrice: 1_125_000, condition: "move_in_ready", pipeline: "seller", answered: 4, answerQuality: 0.82,
      timeline30to45Ok: false, movingTo: "Boise, ID", whySelling: "Relocating for work", propertyAddress: "1234 Alta Loma Dr",
    };
    expect(qualificationAnswers(q, seller)).toEqual({
      answers: [
        { question: "What is the property address?", answer: "1234 Alta Loma Dr" },
        { question: "Why are you selling?", answer: "Relocating for work" },
        { question: "Where are you moving?", answer: "Boise, ID" },
        { question: "Would a sale in the next 30-45 days work?", answer: "No" },
        { question: "Is the home move-in ready or does it need work?", answer: "Move in ready" },
        { question: "What price would feel good?", answer: "$1,125,000" },
      ],
      complete: true,
    });
  });

  it("is incomplete while a core question is unanswered or blank", () => {
    expect(qualificationAnswers({ whySelling: "Retiring", timeline30to45Ok: true, condition: "fixer" }, seller).complete).toBe(false);
    expect(qualificationAnswers({ reason: "Retiring", timeline: "ASAP", condition: "fixer", price: "  " }, seller).complete).toBe(false);
    expect(qualificationAnswers({ reason: "Retiring", timeline: "ASAP", condition: "fixer", price: 800_000 }, seller).complete).toBe(true);
  });

  it("reads buyer answers, ranges and a pre-approval", () => {
    const q = { pipeline: "buyer", kind: "buyer", priceRange: { min: 700_000, max: 780_000 }, preApproved: true, lender: "Citrus Mortgage Group", preApprovalAmount: 800_000, bedrooms: 4, wantsYard: true, moveInTimeline: "3-6 months" };
    const r = qualificationAnswers(q, buyer);
    expect(r.complete).toBe(true);
    expect(r.answers.map((a) => a.answer)).toEqual(["$700,000 - $780,000", "Yes", "Citrus Mortgage Group", "$800,000", "4", "Yes", "3-6 months"]);
  });

  it("holds renters to rent, bedrooms and move-in, not a pre-approval", () => {
    const q = { monthlyRent: { min: 2_100, max: 2_400 }, bedrooms: 3, moveInTimeline: "within 30 days" };
    expect(qualificationAnswers(q, { pipeline: "buyer", type: "renter" }).complete).toBe(true);
    expect(qualificationAnswers(q, buyer).complete).toBe(false);
  });

  it("keeps unknown keys under their own name and skips empty answers", () => {
    const r = qualificationAnswers({ hoaOk: "yes", strategy: "fix_and_flip", notes: "", tags: [], extra: {}, lender: null }, buyer);
    expect(r.answers).toEqual([
      { question: "What is your investment strategy?", answer: "Fix and flip" },
      { question: "hoaOk", answer: "yes" },
    ]);
    expect(qualificationAnswers({}, buyer)).toEqual({ answers: [], complete: false });
  });
});

describe("answerText", () => {
  it("formats lists, plain numbers and other objects", () => {
    expect(answerText("schools", ["Etiwanda", "Alta Loma"])).toBe("Etiwanda, Alta Loma");
    expect(answerText("bathrooms", 2.5)).toBe("2.5");
    expect(answerText("budget", 650_000)).toBe("$650,000");
    expect(answerText("misc", { a: 1 })).toBe('{"a":1}');
    expect(answerText("misc", undefined)).toBeNull();
  });
});
