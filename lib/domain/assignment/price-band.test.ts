import { describe, expect, it } from "vitest";
import { priceBand } from "./price-band";

const buyer = (budgetMin: number | null, budgetMax: number | null) => ({ pipeline: "buyer", budgetMin, budgetMax, priceExpectation: null });
const seller = (priceExpectation: number | null) => ({ pipeline: "seller", budgetMin: null, budgetMax: null, priceExpectation });

describe("priceBand", () => {
  it("widens a buyer's budget out to whole steps, never showing the figures themselves", () => {
    expect(priceBand(buyer(612_000, 745_000))).toEqual({ low: 600_000, high: 800_000 });
    expect(priceBand(buyer(420_000, 460_000))).toEqual({ low: 400_000, high: 500_000 });
    expect(priceBand(buyer(1_900_000, 2_300_000))).toEqual({ low: 1_900_000, high: 2_500_000 });
  });

  it("keeps a band at least one step wide when the budget is one round figure", () => {
    expect(priceBand(buyer(700_000, 700_000))).toEqual({ low: 700_000, high: 800_000 });
    expect(priceBand(buyer(300_000, 300_000))).toEqual({ low: 300_000, high: 350_000 });
  });

  it("bands a seller's price expectation, and a buyer's single end", () => {
    expect(priceBand(seller(849_000))).toEqual({ low: 800_000, high: 900_000 });
    expect(priceBand(seller(3_100_000))).toEqual({ low: 3_000_000, high: 3_500_000 });
    expect(priceBand(buyer(null, 655_000))).toEqual({ low: 600_000, high: 700_000 });
    expect(priceBand(buyer(480_000, null))).toEqual({ low: 450_000, high: 500_000 });
  });

  it("has no band without a figure", () => {
    expect(priceBand(buyer(null, null))).toBeNull();
    expect(priceBand(seller(null))).toBeNull();
    expect(priceBand(buyer(0, 0))).toBeNull();
  });
});
