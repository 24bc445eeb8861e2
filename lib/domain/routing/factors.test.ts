import { describe, expect, it } from "vitest";
import { COMMISSION_FACTOR_CAP, commissionFit, expertiseMatch, factorValues, workloadHeadroom } from "./factors";
import { FACTORS } from "./weights";
import { place, seat } from "./test-fixtures";

describe("expertiseMatch", () => {
  const needed = [{ skill: "negotiation", weight: 1 }, { skill: "contract_management", weight: 0.5 }];

  it("is the weighted mean of proficiency over the needed skills", () => {
    expect(expertiseMatch({ negotiation: 0.9, contract_management: 0.6 }, needed)).toBeCloseTo((0.9 + 0.3) / 1.5);
  });

  it("counts a missing skill as 0 and ignores skills not needed", () => {
    expect(expertiseMatch({ negotiation: 0.9, luxury_marketing: 1 }, needed)).toBeCloseTo(0.9 / 1.5);
  });

  it("is 0 when nothing is needed, 1 at full proficiency, and clamps bad proficiency", () => {
    expect(expertiseMatch({ negotiation: 1 }, [])).toBe(0);
    expect(expertiseMatch({ negotiation: 1, contract_management: 1 }, needed)).toBe(1);
    expect(expertiseMatch({ negotiation: 3, contract_management: -1 }, needed)).toBeCloseTo(1 / 1.5);
  });
});

describe("workloadHeadroom", () => {
  it("is the share of capacity free after counting this client", () => {
    expect(workloadHeadroom(0, 20)).toBe(0.95);
    expect(workloadHeadroom(9, 20)).toBe(0.5);
  });

  it("is 0 for the seat this client would fill, a full seat and a seat without capacity", () => {
    expect(workloadHeadroom(19, 20)).toBe(0);
    expect(workloadHeadroom(25, 20)).toBe(0);
    expect(workloadHeadroom(0, 0)).toBe(0);
    expect(workloadHeadroom(0, 1)).toBe(0);
  });

  it("treats a negative load as none", () => {
    expect(workloadHeadroom(-5, 10)).toBe(0.9);
  });
});

describe("commissionFit", () => {
  it("is the value at stake, capped at 1, times closer strength", () => {
    expect(commissionFit(COMMISSION_FACTOR_CAP, 0.8)).toBe(0.8);
    expect(commissionFit(COMMISSION_FACTOR_CAP * 3, 0.8)).toBe(0.8);
    expect(commissionFit(COMMISSION_FACTOR_CAP / 2, 0.8)).toBeCloseTo(0.4);
  });

  it("is 0 with nothing at stake, so small deals leave the choice to the other factors", () => {
    expect(commissionFit(0, 1)).toBe(0);
    expect(commissionFit(-10, 1)).toBe(0);
  });

  it("favors the stronger closer more as the stake grows", () => {
    const gap = (stake: number) => commissionFit(stake, 0.9) - commissionFit(stake, 0.3);
    expect(gap(60_000)).toBeGreaterThan(gap(15_000));
  });
});

describe("factorValues", () => {
  it("gives every factor a value within 0..1", () => {
    const s = seat("a", "buyer_specialist", { activeLoad: 3, skills: { buyer_consultation: 0.8 }, performance: { clientsHandled: 20, conversions: 8, satisfaction: 0.9, commission: 200_000 } });
    const v = factorValues(s, place("buyer_specialist", { neededSkills: [{ skill: "buyer_consultation", weight: 1 }], commissionPotential: 51_000 }));
    for (const f of FACTORS) {
      expect(v[f]).toBeGreaterThanOrEqual(0);
      expect(v[f]).toBeLessThanOrEqual(1);
    }
    expect(v.expertise).toBe(0.8);
    expect(v.workload).toBe(0.8);
  });
});
