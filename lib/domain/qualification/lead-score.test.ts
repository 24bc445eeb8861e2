import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scoreLead, type LeadFacts } from "./lead-score";

const buyer: LeadFacts = { type: "buyer", pipeline: "buyer" };
const seller: LeadFacts = { type: "seller", pipeline: "seller" };
const fullSeller: LeadFacts = { ...seller, priceExpectation: 900_000, timelineDays: 30, qualification: { whySelling: "Relocating", condition: "move_in_ready" } };

describe("scoring a lead from what is known", () => {
  it("scores a new lead with nothing known cold, but not zero", () => {
    const r = scoreLead(buyer);
    expect(r.temperature).toBe("cold");
    expect(r.score).toBeGreaterThan(0);
    expect(r.reasons[0]).toBe("0 of 4 core questions answered (missing: the price range, pre-approval, bedrooms or yard, the move-in date)");
  });

  it("makes a pre-approved buyer with a budget and a 30-day timeline at least warm", () => {
    const r = scoreLead({ ...buyer, budgetMax: 800_000, preApproved: true, timelineDays: 30 });
    expect(["warm", "hot"]).toContain(r.temperature);
    expect(r.score).toBeGreaterThanOrEqual(40);
    expect(scoreLead({ ...buyer, budgetMax: 800_000, preApproved: true, timelineDays: 30, qualification: { bedrooms: 3 } }).temperature).toBe("hot");
  });

  it("makes a seller hot only with all four answers, a 30-45 day sale and good answers", () => {
    expect(scoreLead(fullSeller)).toMatchObject({ temperature: "hot", answered: 4 });
    expect(scoreLead({ ...fullSeller, timelineDays: 120 }).temperature).toBe("warm");
    expect(scoreLead({ ...fullSeller, qualification: { ...fullSeller.qualification, timeline30to45Ok: false } }).temperature).toBe("warm");
    expect(scoreLead({ ...fullSeller, qualification: { ...fullSeller.qualification, answerQuality: 0.6 } }).temperature).toBe("warm");
    expect(scoreLead({ ...fullSeller, qualification: { ...fullSeller.qualification, answerQuality: 0.4 } }).temperature).toBe("cold");
  });

  it("makes a seller warm with three answers and cold with two", () => {
    expect(scoreLead({ ...fullSeller, priceExpectation: null }).temperature).toBe("warm");
    expect(scoreLead({ ...seller, priceExpectation: 900_000, timelineDays: 30 }).temperature).toBe("cold");
  });

  it("counts a 'no' to pre-approval as an answer, but a buyer is ready only when pre-approved", () => {
    const answeredNo = scoreLead({ ...buyer, budgetMax: 700_000, timelineDays: 20, qualification: { preApproved: false, bedrooms: 4 } });
    expect(answeredNo).toMatchObject({ answered: 4, temperature: "warm" });
  });

  it("reads a renter's three questions", () => {
    expect(scoreLead({ type: "renter", pipeline: "buyer", timelineDays: 14, qualification: { monthlyRent: { min: 2500, max: 2800 }, bedrooms: 2 } })).toMatchObject({ temperature: "hot", questions: 3 });
  });

  it("always keeps the score inside its temperature's band", () => {
    const facts = fc.record({
      type: fc.constantFrom("buyer", "seller", "investor", "renter" as const),
      budgetMax: fc.option(fc.integer({ min: 0, max: 5_000_000 })),
      priceExpectation: fc.option(fc.integer({ min: 0, max: 5_000_000 })),
      preApproved: fc.option(fc.boolean()),
      timelineDays: fc.option(fc.integer({ min: 0, max: 3650 })),
      qualification: fc.record({ condition: fc.option(fc.string()), bedrooms: fc.option(fc.nat(6)), answerQuality: fc.option(fc.double({ min: 0, max: 1, noNaN: true })) }),
    });
    fc.assert(
      fc.property(facts, (f) => {
        const r = scoreLead({ ...f, pipeline: f.type === "seller" ? "seller" : "buyer" });
        const band = r.temperature === "hot" ? [80, 100] : r.temperature === "warm" ? [40, 79] : [0, 39];
        expect(r.score).toBeGreaterThanOrEqual(band[0]!);
        expect(r.score).toBeLessThanOrEqual(band[1]!);
      }),
      { seed: 20260101, numRuns: 300 },
    );
  });
});
