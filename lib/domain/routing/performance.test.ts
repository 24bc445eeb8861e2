import { describe, expect, it } from "vitest";
import { adjustedConversionRate, adjustedSatisfaction, closerStrength, DEFAULT_PRIOR, PRIOR_STRENGTH, relativeToAverage, SATISFACTION_BLEND, successRate, teamPrior } from "./performance";
import { seat } from "./test-fixtures";

const prior = { conversionRate: 0.2, satisfaction: 0.8, commissionPerClient: 5_000 };

describe("adjustedConversionRate", () => {
  it("does not rate a new seat with 1 conversion of 1 client at 100%", () => {
    const rate = adjustedConversionRate({ clientsHandled: 1, conversions: 1 }, prior);
    expect(rate).toBeCloseTo((1 + PRIOR_STRENGTH * 0.2) / (1 + PRIOR_STRENGTH));
    expect(rate).toBeLessThan(0.3);
  });

  it("rates a seat without history at the prior", () => {
    expect(adjustedConversionRate(null, prior)).toBeCloseTo(0.2);
  });

  it("follows a long record", () => {
    expect(adjustedConversionRate({ clientsHandled: 1000, conversions: 400 }, prior)).toBeCloseTo(0.398, 3);
  });

  it("caps conversions at the clients handled and ignores negative counts", () => {
    expect(adjustedConversionRate({ clientsHandled: 2, conversions: 5 }, prior)).toBeCloseTo(adjustedConversionRate({ clientsHandled: 2, conversions: 2 }, prior));
    expect(adjustedConversionRate({ clientsHandled: -3, conversions: -1 }, prior)).toBeCloseTo(0.2);
  });
});

describe("successRate", () => {
  it("is 0.5 * 0.8 + 0.2 * satisfaction for an average seat", () => {
    expect(successRate(null, prior)).toBeCloseTo((1 - SATISFACTION_BLEND) * 0.5 + SATISFACTION_BLEND * 0.8);
  });

  it("stays within 0..1 for the best and the worst records", () => {
    const best = successRate({ clientsHandled: 500, conversions: 500, satisfaction: 1 }, prior);
    const worst = successRate({ clientsHandled: 500, conversions: 0, satisfaction: 0 }, prior);
    expect(best).toBeLessThanOrEqual(1);
    expect(best).toBeCloseTo(1, 2);
    expect(worst).toBeGreaterThanOrEqual(0);
    expect(worst).toBeLessThan(0.02);
  });

  it("ranks a proven seat above a lucky newcomer", () => {
    expect(successRate({ clientsHandled: 60, conversions: 21, satisfaction: 0.9 }, prior)).toBeGreaterThan(successRate({ clientsHandled: 1, conversions: 1, satisfaction: 1 }, prior));
  });
});

describe("adjustedSatisfaction", () => {
  it("uses the prior when unknown and pulls a short record toward it", () => {
    expect(adjustedSatisfaction({ clientsHandled: 5, conversions: 1, satisfaction: null }, prior)).toBe(0.8);
    expect(adjustedSatisfaction({ clientsHandled: 10, conversions: 1, satisfaction: 1 }, prior)).toBeCloseTo(0.9);
  });
});

describe("closerStrength", () => {
  it("reads commission per client against the role average", () => {
    expect(closerStrength(null, prior)).toBeCloseTo(0.5);
    expect(closerStrength({ clientsHandled: 100, conversions: 20, commission: 2_000_000 }, prior)).toBe(1);
    expect(closerStrength({ clientsHandled: 100, conversions: 20, commission: 0 }, prior)).toBeLessThan(0.1);
  });

  it("falls back to conversions when nobody has commission data", () => {
    const noCommission = { ...prior, commissionPerClient: 0 };
    expect(closerStrength({ clientsHandled: 100, conversions: 40 }, noCommission)).toBeCloseTo(relativeToAverage(adjustedConversionRate({ clientsHandled: 100, conversions: 40 }, noCommission), 0.2));
  });
});

describe("relativeToAverage", () => {
  it("maps 0 to 0, the average to 0.5 and twice the average or more to 1", () => {
    expect(relativeToAverage(0, 0.2)).toBe(0);
    expect(relativeToAverage(0.2, 0.2)).toBe(0.5);
    expect(relativeToAverage(0.5, 0.2)).toBe(1);
    expect(relativeToAverage(0, 0)).toBe(0.5);
  });
});

describe("teamPrior", () => {
  it("pools the seats' records, satisfaction weighted by clients", () => {
    const p = teamPrior([
      seat("a", "buyer_specialist", { performance: { clientsHandled: 30, conversions: 9, satisfaction: 0.9, commission: 90_000 } }),
      seat("b", "buyer_specialist", { performance: { clientsHandled: 10, conversions: 1, satisfaction: 0.5, commission: 10_000 } }),
    ]);
    expect(p.conversionRate).toBeCloseTo(0.25);
    expect(p.satisfaction).toBeCloseTo(0.8);
    expect(p.commissionPerClient).toBeCloseTo(2_500);
  });

  it("uses the default prior when no seat has history", () => {
    expect(teamPrior([seat("a", "buyer_specialist")])).toEqual(DEFAULT_PRIOR);
    expect(teamPrior([])).toEqual(DEFAULT_PRIOR);
  });
});
