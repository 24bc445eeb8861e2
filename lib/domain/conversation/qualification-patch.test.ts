import { describe, expect, it } from "vitest";
import { scoreLead } from "../qualification/lead-score";
import type { ExtractedAnswer } from "./answer";
import { answersToQualification } from "./qualification-patch";

const a = (field: ExtractedAnswer["field"], value: Record<string, unknown>, quality = 90, excerpt = "words"): ExtractedAnswer => ({ field, value, quality, excerpt });

describe("answers as the client's qualification", () => {
  it("gives a seller's answers the keys scoreLead reads, and makes a ready seller hot", () => {
    const patch = answersToQualification([
      a("address", { text: "123 Banyan St" }),
      a("motivation", { reason: "relocation", text: "Relocating for work", movingTo: "Phoenix" }),
      a("timeline", { fits30to45: true }, 90, "yes 30-45 days is fine"),
      a("condition", { state: "move_in_ready", text: "Move in ready" }),
      a("price", { amount: 850_000 }),
    ]);
    expect(patch.qualification).toMatchObject({ address: "123 Banyan St", whySelling: "Relocating for work", movingTo: "Phoenix", timeline30to45Ok: true, condition: "move_in_ready", desiredPrice: 850_000, answerQuality: 0.9 });
    expect(patch.columns).toEqual({ propertyAddress: "123 Banyan St", priceExpectation: 850_000 });
    expect(scoreLead({ type: "seller", pipeline: "seller", qualification: patch.qualification, ...patch.columns }).temperature).toBe("hot");
  });

  it("fills a buyer's columns: budget ends, pre-approval and days", () => {
    const patch = answersToQualification([
      a("budget", { max: 750_000 }),
      a("pre_approval", { value: true, amount: 700_000, lender: "Chase" }),
      a("bedrooms", { count: 3, max: 4 }),
      a("yard", { value: true }),
      a("move_in", { days: 30, date: "2026-02-14" }, 90, "in 30 days"),
    ]);
    expect(patch.qualification).toMatchObject({ priceRange: "up to $750,000", preApproved: true, lender: "Chase", bedrooms: "3-4", wantsYard: true, moveInTimeline: "in 30 days" });
    expect(patch.columns).toEqual({ budgetMin: null, budgetMax: 750_000, preApproved: true, preApprovalAmount: 700_000, timelineDays: 30 });
    expect(scoreLead({ type: "buyer", pipeline: "buyer", qualification: patch.qualification, ...patch.columns }).temperature).toBe("hot");
  });

  it("keeps an answer that does not know as the client's words, and lowers the quality", () => {
    const patch = answersToQualification([a("price", { unknown: true }, 15, "not sure"), a("condition", { state: "fixer", text: "fixer" }, 85)]);
    expect(patch.qualification).toMatchObject({ desiredPrice: "not sure", answerQuality: 0.5 });
    expect(patch.columns).toEqual({});
  });

  it("keeps a partial address out of the address column", () => {
    expect(answersToQualification([a("address", { text: "Etiwanda", partial: true }, 40)]).columns).toEqual({});
  });

  it("gives nothing for no answers", () => {
    expect(answersToQualification([])).toEqual({ qualification: {}, columns: {} });
  });
});
