import { COMMISSION_RATE, LUXURY_PRICE } from "./commission";
import { closerStrength, successRate } from "./performance";
import { preferenceFit } from "./preference-fit";
import type { SeatRequest } from "./seat-request";
import type { NeededSkill } from "./skills";
import type { SeatCandidate } from "./types";
import type { Factor } from "./weights";

/** The commission at which the commission factor's value-at-stake part is 1: 6% of a luxury-priced ($1.2M) deal. */
export const COMMISSION_FACTOR_CAP = COMMISSION_RATE * LUXURY_PRICE;

/** One 0..1 value per factor. */
export type FactorValues = Record<Factor, number>;

/**
 * Expertise match 0..1: the weighted mean of the seat's proficiency over the skills the place
 * needs, sum(weight * proficiency) / sum(weight), a missing skill counting 0; 0 when nothing is
 * needed. Whether the seat has the right role at all is a constraint, not part of this score.
 */
export function expertiseMatch(skills: Readonly<Record<string, number>>, needed: readonly NeededSkill[]): number {
  let total = 0;
  let weights = 0;
  for (let i = 0; i < needed.length; i++) {
    const { skill, weight } = needed[i]!;
    const level = skills[skill];
    if (level !== undefined) total += weight * (level <= 0 ? 0 : level >= 1 ? 1 : level);
    weights += weight;
  }
  return weights > 0 ? total / weights : 0;
}

/**
 * Workload headroom 0..1: the share of capacity still free after this client is counted,
 * 1 - (activeLoad + 1) / capacity, clamped. A seat that this client would fill scores 0, an idle
 * seat with capacity 20 scores 0.95; no capacity scores 0.
 */
export function workloadHeadroom(activeLoad: number, capacity: number): number {
  if (!(capacity > 0)) return 0;
  const free = 1 - (Math.max(activeLoad, 0) + 1) / capacity;
  return free <= 0 ? 0 : free >= 1 ? 1 : free;
}

/**
 * Commission factor 0..1: the value at stake, min(commission / COMMISSION_FACTOR_CAP, 1), times
 * the seat's closer strength (commission per client against its role's average, 0.5 = average).
 * High-value clients thus pull toward proven closers; for small deals the factor is near 0 for
 * every seat and leaves the choice to the other factors.
 */
export function commissionFit(commissionPotential: number, closer: number): number {
  const stake = commissionPotential > 0 ? Math.min(commissionPotential / COMMISSION_FACTOR_CAP, 1) : 0;
  return stake * closer;
}

/** All five factor values of a seat for one place on the team, each 0..1. */
export function factorValues(seat: SeatCandidate, req: SeatRequest): FactorValues {
  return {
    expertise: expertiseMatch(seat.skills, req.neededSkills),
    workload: workloadHeadroom(seat.activeLoad, seat.capacity),
    successRate: successRate(seat.performance, req.prior),
    preferenceFit: preferenceFit(seat, req),
    commission: commissionFit(req.commissionPotential, closerStrength(seat.performance, req.prior)),
  };
}
