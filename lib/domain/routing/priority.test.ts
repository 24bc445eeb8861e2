import { describe, expect, it } from "vitest";
import { evaluatePriority, PERSONAL_HANDLING_COMMISSION, PRIORITY_TIER_CUTOFFS, priorityTier } from "./priority";

describe("evaluatePriority: personal handling", () => {
  it("keeps an ordinary $850,000 sale ($51,000 commission) with the team", () => {
    const p = evaluatePriority({ clientType: "seller", priceExpectation: 850_000 });
    expect(p.commission.commission).toBe(51_000);
    expect(p.personalHandling).toBe(false);
    expect(p.personalReason).toBeNull();
  });

  it("sends a $1,200,000 sale ($72,000 commission, exactly the default line) to Jorge", () => {
    expect(PERSONAL_HANDLING_COMMISSION).toBe(72_000);
    const p = evaluatePriority({ clientType: "seller", priceExpectation: 1_200_000 });
    expect(p.personalHandling).toBe(true);
    expect(p.personalReason).toBe("Commission $72,000 on the client's own price is at least $72,000: Jorge handles this client personally");
    expect(evaluatePriority({ clientType: "seller", priceExpectation: 1_199_999 }).personalHandling).toBe(false);
  });

  it("never counts a price estimated from a median, however high", () => {
    const luxuryMarket = evaluatePriority({ clientType: "buyer", marketMedianPrice: 1_500_000, marketType: "luxury" });
    expect(luxuryMarket.commission.commission).toBe(90_000);
    expect(luxuryMarket.personalHandling).toBe(false);
    expect(luxuryMarket.reasons).toContain("The price is an estimate, not the client's own: Jorge's $72,000 line does not apply");
    expect(evaluatePriority({ clientType: "seller" }, { fallbackMedianPrice: 2_000_000 }).personalHandling).toBe(false);
  });

  it("counts a stated budget or pre-approval as the client's own price", () => {
    expect(evaluatePriority({ clientType: "buyer", budgetMax: 1_300_000 }).personalHandling).toBe(true);
    expect(evaluatePriority({ clientType: "buyer", preApprovalAmount: 1_250_000 }).personalHandling).toBe(true);
  });

  it("sends a client tagged for Jorge, whatever the case of the tag", () => {
    const p = evaluatePriority({ clientType: "renter", tags: ["web", "Jorge-Personal"] });
    expect(p.personalHandling).toBe(true);
    expect(p.personalReason).toBe('Tagged "Jorge-Personal": Jorge handles this client personally');
    expect(evaluatePriority({ clientType: "renter", tags: ["jorge"] }).personalHandling).toBe(true);
    expect(evaluatePriority({ clientType: "renter", tags: ["VIP"] }).personalHandling).toBe(true);
  });

  it("does not treat a tag that only mentions Jorge as his", () => {
    expect(evaluatePriority({ clientType: "renter", tags: ["met-jorge-at-open-house"] }).personalHandling).toBe(false);
  });

  it("takes the threshold and the tags as options", () => {
    expect(evaluatePriority({ clientType: "seller", priceExpectation: 850_000 }, { personalHandlingCommission: 60_000 }).personalHandling).toBe(false);
    expect(evaluatePriority({ clientType: "seller", priceExpectation: 850_000 }, { personalHandlingCommission: 50_000 }).personalHandling).toBe(true);
    expect(evaluatePriority({ clientType: "renter", tags: ["jorge"] }, { personalHandlingTags: ["owner"] }).personalHandling).toBe(false);
    expect(evaluatePriority({ clientType: "renter", tags: ["owner"] }, { personalHandlingTags: ["owner"] }).personalHandling).toBe(true);
  });
});

describe("evaluatePriority: score and tier", () => {
  it("rates a hot luxury seller with distress critical", () => {
    const p = evaluatePriority({ clientType: "seller", priceExpectation: 1_400_000, marketType: "luxury", urgency: "high", flags: ["distress"] });
    expect(p.components).toEqual({ commission: 1, urgency: 1, complexity: 0.35, market: 1 });
    expect(p.score).toBe(87);
    expect(p.tier).toBe("critical");
  });

  it("rates a renter with no timeline in an unknown market low", () => {
    const p = evaluatePriority({ clientType: "renter" });
    expect(p.score).toBe(14);
    expect(p.tier).toBe("low");
  });

  it("adds complexity for both sides, investors, distress, several parties and a contract, capped at 1", () => {
    const some = evaluatePriority({ clientType: "investor", flags: ["also_selling"] });
    expect(some.components.complexity).toBeCloseTo(0.6);
    const all = evaluatePriority({ clientType: "investor", flags: ["also_selling", "distress", "multiple_parties", "under_contract"] });
    expect(all.components.complexity).toBe(1);
  });

  it("scores urgency from the analysis, the timeline and the temperature", () => {
    expect(evaluatePriority({ clientType: "buyer", urgency: "high" }).components.urgency).toBe(1);
    expect(evaluatePriority({ clientType: "buyer", timelineDays: 90 }).components.urgency).toBe(0.6);
    expect(evaluatePriority({ clientType: "buyer", temperature: "warm" }).components.urgency).toBe(0.6);
    expect(evaluatePriority({ clientType: "buyer", timelineDays: 180 }).components.urgency).toBe(0.2);
    expect(evaluatePriority({ clientType: "buyer" }).components.urgency).toBe(0.3);
  });

  it("rates luxury and investment markets above the others", () => {
    const market = (marketType: "luxury" | "investment" | "primary" | "adjacent") => evaluatePriority({ clientType: "buyer", marketType }).components.market;
    expect(market("luxury")).toBeGreaterThan(market("investment"));
    expect(market("investment")).toBeGreaterThan(market("primary"));
    expect(market("primary")).toBeGreaterThan(market("adjacent"));
  });

  it("explains the commission, the components and the tier", () => {
    const p = evaluatePriority({ clientType: "buyer", budgetMax: 700_000, marketType: "primary", flags: ["also_selling"] });
    expect(p.reasons[0]).toBe("Commission potential: 6% of $700,000 (budget max) = $42,000");
    expect(p.reasons[1]).toBe("Urgency 0.3, complexity 0.35 (both sides), market primary 0.6");
    expect(p.reasons[2]).toBe(`Priority ${p.score}/100: ${p.tier}`);
  });
});

describe("priorityTier", () => {
  it("puts each cutoff in the higher tier", () => {
    expect(priorityTier(PRIORITY_TIER_CUTOFFS.critical)).toBe("critical");
    expect(priorityTier(PRIORITY_TIER_CUTOFFS.critical - 1)).toBe("high");
    expect(priorityTier(PRIORITY_TIER_CUTOFFS.high)).toBe("high");
    expect(priorityTier(PRIORITY_TIER_CUTOFFS.high - 1)).toBe("medium");
    expect(priorityTier(PRIORITY_TIER_CUTOFFS.medium)).toBe("medium");
    expect(priorityTier(PRIORITY_TIER_CUTOFFS.medium - 1)).toBe("low");
    expect(priorityTier(0)).toBe("low");
    expect(priorityTier(100)).toBe("critical");
  });
});
