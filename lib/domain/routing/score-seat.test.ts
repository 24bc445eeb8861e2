import { describe, expect, it } from "vitest";
import { scoreSeat, scoreTotal } from "./score-seat";
import { place, seat } from "./test-fixtures";
import { DEFAULT_WEIGHTS, FACTORS } from "./weights";

const strong = seat("a", "buyer_specialist", {
  activeLoad: 4, capacity: 20, marketIds: ["m-fo", "m-rc"], languages: ["en", "es"],
  skills: { buyer_consultation: 0.9, financing_coordination: 0.8, spanish_outreach: 0.7 },
  performance: { clientsHandled: 40, conversions: 12, satisfaction: 0.9, commission: 300_000 },
});
const req = place("buyer_specialist", {
  language: "es", commissionPotential: 38_400, prior: { conversionRate: 0.2, satisfaction: 0.8, commissionPerClient: 5_000 },
  neededSkills: [{ skill: "buyer_consultation", weight: 1 }, { skill: "financing_coordination", weight: 0.8 }, { skill: "showing_coordination", weight: 0.8 }],
});

describe("scoreSeat", () => {
  it("adds the weighted contributions up to the total", () => {
    const s = scoreSeat(strong, req, DEFAULT_WEIGHTS);
    for (const f of FACTORS) expect(s.contributions[f]).toBeCloseTo(DEFAULT_WEIGHTS[f] * s.breakdown[f]);
    expect(s.total).toBeCloseTo(FACTORS.reduce((sum, f) => sum + s.contributions[f], 0));
    expect(s.total).toBeGreaterThan(0);
    expect(s.total).toBeLessThanOrEqual(1);
  });

  it("gives the same total as the fast path the team builder ranks with", () => {
    expect(scoreTotal(strong, req, DEFAULT_WEIGHTS)).toBe(scoreSeat(strong, req, DEFAULT_WEIGHTS).total);
    const weights = { expertise: 0.1, workload: 0.4, successRate: 0.1, preferenceFit: 0.3, commission: 0.1 };
    expect(scoreTotal(strong, req, weights)).toBe(scoreSeat(strong, req, weights).total);
  });

  it("scores exactly the weighted factor when one weight is 1", () => {
    const s = scoreSeat(strong, req, { expertise: 0, workload: 1, successRate: 0, preferenceFit: 0, commission: 0 });
    expect(s.total).toBe(s.breakdown.workload);
  });

  it("explains every factor in one line", () => {
    const { explanations } = scoreSeat(strong, req, DEFAULT_WEIGHTS);
    expect(explanations.expertise).toBe("0.59 skill match for buyer specialist work (buyer_consultation 0.90, financing_coordination 0.80, no showing_coordination)");
    expect(explanations.workload).toBe("4 of 20 clients now; 75% of capacity free after this one");
    expect(explanations.successRate).toBe("12 conversions of 40 clients, 28% after pulling toward the 20% role average; satisfaction 0.90");
    expect(explanations.preferenceFit).toBe("speaks Spanish (0.70); covers Fontana among 2 markets (0.80)");
    expect(explanations.commission).toMatch(/^\$38,400 at stake \(0\.53 of the \$72,000 cap\) x closer strength 0\.\d\d$/);
    for (const f of FACTORS) expect(explanations[f]).not.toContain("\n");
  });

  it("explains a seat without history and a request without commission", () => {
    const s = scoreSeat(seat("n", "buyer_specialist"), place("buyer_specialist", { wantsPerson: true, luxury: true }), DEFAULT_WEIGHTS);
    expect(s.explanations.successRate).toBe("no history yet: rated at the 20% role average");
    expect(s.explanations.commission).toBe("no commission at stake");
    expect(s.explanations.preferenceFit).toBe("speaks English (1.00); covers Fontana among 5 markets (0.50); AI seat, the client asked for a person (0.00); luxury client, luxury skill 0.00");
  });
});
