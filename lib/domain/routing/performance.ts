import type { SeatCandidate, SeatPerformance } from "./types";

/** What an average seat of a role achieves; a seat's own record is pulled toward it. */
export interface PerformancePrior {
  conversionRate: number;
  satisfaction: number;
  /** Commission earned per client handled, in dollars; 0 when nobody has commission data. */
  commissionPerClient: number;
}

/** The prior counts as this many clients: a seat's record outweighs it only after about 10 clients. */
export const PRIOR_STRENGTH = 10;
/** The prior when no seat has any history. */
export const DEFAULT_PRIOR: Readonly<PerformancePrior> = Object.freeze({ conversionRate: 0.2, satisfaction: 0.8, commissionPerClient: 0 });
/** Share of the success-rate factor that comes from satisfaction; the rest is conversions. */
export const SATISFACTION_BLEND = 0.2;

const clamp01 = (x: number) => (x <= 0 || Number.isNaN(x) ? 0 : x >= 1 ? 1 : x);
const handled = (p: SeatPerformance | null | undefined) => Math.max(0, p?.clientsHandled ?? 0);
const converted = (p: SeatPerformance | null | undefined) => Math.min(Math.max(0, p?.conversions ?? 0), handled(p));

/** The pooled record of the given seats (usually one role's): conversions, satisfaction and commission per client handled. */
export function teamPrior(seats: readonly SeatCandidate[]): PerformancePrior {
  let n = 0, conversions = 0, satisfied = 0, rated = 0, commission = 0;
  for (const s of seats) {
    const k = handled(s.performance);
    n += k;
    conversions += converted(s.performance);
    commission += Math.max(0, s.performance?.commission ?? 0) ;
    const sat = s.performance?.satisfaction;
    if (k > 0 && typeof sat === "number") {
      satisfied += sat * k;
      rated += k;
    }
  }
  if (n === 0) return { ...DEFAULT_PRIOR };
  return { conversionRate: conversions / n, satisfaction: rated > 0 ? satisfied / rated : DEFAULT_PRIOR.satisfaction, commissionPerClient: commission / n };
}

/** Beta-binomial mean: (conversions + m * prior) / (clients + m), so 1 of 1 is not 100%. */
export function adjustedConversionRate(p: SeatPerformance | null | undefined, prior: PerformancePrior): number {
  return (converted(p) + PRIOR_STRENGTH * prior.conversionRate) / (handled(p) + PRIOR_STRENGTH);
}

/** Satisfaction pulled toward the prior the same way, weighted by clients handled. */
export function adjustedSatisfaction(p: SeatPerformance | null | undefined, prior: PerformancePrior): number {
  const sat = p?.satisfaction;
  if (typeof sat !== "number" || !Number.isFinite(sat)) return prior.satisfaction;
  return (clamp01(sat) * handled(p) + PRIOR_STRENGTH * prior.satisfaction) / (handled(p) + PRIOR_STRENGTH);
}

/** A value against the average: 0.5 at the average, 1 at twice the average or more, 0 at nothing. */
export function relativeToAverage(value: number, average: number): number {
  if (average <= 0) return value > 0 ? 1 : 0.5;
  return clamp01(value / (2 * average));
}

/**
 * Success rate 0..1: (1 - SATISFACTION_BLEND) * conversion strength + SATISFACTION_BLEND *
 * adjusted satisfaction, where conversion strength is the adjusted conversion rate relative to
 * the role's average (0.5 = average). Relative, because conversion rates differ by role and sit
 * near 0.2, which would leave the factor almost no spread on a 0..1 scale.
 */
export function successRate(p: SeatPerformance | null | undefined, prior: PerformancePrior): number {
  const conversion = relativeToAverage(adjustedConversionRate(p, prior), prior.conversionRate);
  return (1 - SATISFACTION_BLEND) * conversion + SATISFACTION_BLEND * adjustedSatisfaction(p, prior);
}

/**
 * How strong a closer the seat is, 0..1: commission earned per client, pulled toward the role's
 * average and read relative to it (0.5 = average). Without commission data it falls back to
 * conversion strength.
 */
export function closerStrength(p: SeatPerformance | null | undefined, prior: PerformancePrior): number {
  if (prior.commissionPerClient <= 0) return relativeToAverage(adjustedConversionRate(p, prior), prior.conversionRate);
  const earned = Math.max(0, p?.commission ?? 0);
  const perClient = (earned + PRIOR_STRENGTH * prior.commissionPerClient) / (handled(p) + PRIOR_STRENGTH);
  return relativeToAverage(perClient, prior.commissionPerClient);
}
