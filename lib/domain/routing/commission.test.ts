import { describe, expect, it } from "vitest";
import { estimateCommission, FALLBACK_MEDIAN_PRICE } from "./commission";

describe("estimateCommission", () => {
  it("takes 6% of a seller's price expectation", () => {
    expect(estimateCommission({ clientType: "seller", priceExpectation: 850_000 })).toEqual({
      expectedPrice: 850_000, basis: "price_expectation", commission: 51_000, statedCommission: 51_000, reason: "6% of $850,000 (price expectation) = $51,000",
    });
  });

  it("gives exactly $15,000 on a $250,000 price", () => {
    expect(estimateCommission({ clientType: "seller", priceExpectation: 250_000 }).commission).toBe(15_000);
  });

  it("uses a buyer's budget max, else the pre-approval", () => {
    expect(estimateCommission({ clientType: "buyer", budgetMax: 700_000, preApprovalAmount: 650_000 }).basis).toBe("budget_max");
    expect(estimateCommission({ clientType: "buyer", preApprovalAmount: 650_000 })).toMatchObject({ basis: "pre_approval", commission: 39_000 });
  });

  it("falls back to the market median, then to the default median", () => {
    expect(estimateCommission({ clientType: "buyer", marketMedianPrice: 640_000 })).toMatchObject({ basis: "market_median", commission: 38_400 });
    expect(estimateCommission({ clientType: "seller" })).toMatchObject({ basis: "fallback_median", expectedPrice: FALLBACK_MEDIAN_PRICE });
  });

  it("ignores a seller's budget and a buyer's price expectation on the main side", () => {
    expect(estimateCommission({ clientType: "seller", budgetMax: 900_000, marketMedianPrice: 640_000 }).basis).toBe("market_median");
    expect(estimateCommission({ clientType: "buyer", priceExpectation: 900_000, marketMedianPrice: 640_000 }).basis).toBe("market_median");
  });

  it("lets an investor's stated sale price count when no budget is given", () => {
    expect(estimateCommission({ clientType: "investor", priceExpectation: 500_000 }).basis).toBe("price_expectation");
  });

  it("adds the other side when the client is on both and its price is stated", () => {
    const both = estimateCommission({ clientType: "seller", priceExpectation: 800_000, budgetMax: 1_000_000, flags: ["also_buying"] });
    expect(both.commission).toBe(108_000);
    expect(both.reason).toBe("6% of $800,000 (price expectation) = $48,000, plus 6% of $1,000,000 on the other side = $108,000");
    expect(estimateCommission({ clientType: "seller", priceExpectation: 800_000, flags: ["also_buying"] }).commission).toBe(48_000);
  });

  it("counts only the prices the client gave in the stated commission, never a median", () => {
    expect(estimateCommission({ clientType: "buyer", marketMedianPrice: 1_250_000 })).toMatchObject({ commission: 75_000, statedCommission: 0 });
    expect(estimateCommission({ clientType: "seller" })).toMatchObject({ basis: "fallback_median", statedCommission: 0 });
    expect(estimateCommission({ clientType: "buyer", preApprovalAmount: 650_000 }).statedCommission).toBe(39_000);
    // A seller who also buys with a stated budget but no asking price: only the purchase side is the client's own figure.
    const buying = estimateCommission({ clientType: "seller", budgetMax: 1_000_000, marketMedianPrice: 850_000, flags: ["also_buying"] });
    expect(buying).toMatchObject({ basis: "market_median", commission: 111_000, statedCommission: 60_000 });
  });

  it("gives renters no sale commission", () => {
    expect(estimateCommission({ clientType: "renter", budgetMax: 3_000 })).toMatchObject({ commission: 0, statedCommission: 0, basis: "none" });
  });

  it("ignores zero, negative and non-finite prices", () => {
    expect(estimateCommission({ clientType: "seller", priceExpectation: 0, marketMedianPrice: 640_000 }).basis).toBe("market_median");
    expect(estimateCommission({ clientType: "buyer", budgetMax: Number.NaN, preApprovalAmount: -1, marketMedianPrice: 640_000 }).basis).toBe("market_median");
  });

  it("applies another commission rate", () => {
    expect(estimateCommission({ clientType: "seller", priceExpectation: 500_000 }, 0.025)).toMatchObject({ commission: 12_500, reason: "2.5% of $500,000 (price expectation) = $12,500" });
  });
});
