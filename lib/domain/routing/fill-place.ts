import type { SeatRole, TeamRole } from "../team/vocabulary";
import { checkConstraints, CONSTRAINT_BIT, CONSTRAINTS, constraintMask, reasonsForMask, type ConstraintName } from "./constraints";
import { noEligibleSeatReason } from "./escalation-reason";
import type { FactorValues } from "./factors";
import { teamPrior } from "./performance";
import { offerToTop, type Ranked } from "./ranking";
import { scoreSeat, scoreTotal } from "./score-seat";
import { seatRequestFor, type SeatRequest, type SeatRequestContext } from "./seat-request";
import type { SeatCandidate } from "./types";
import type { Factor, RoutingWeights } from "./weights";

/** How many runners-up a choice keeps, the fallback chain if the chosen seat declines. */
export const RUNNERS_UP = 3;
/** How many excluded seats a choice lists by name; the counts cover all of them. */
export const MAX_EXCLUDED_LISTED = 10;

/** The seat chosen for one place on the team and why. */
export interface Choice {
  seatId: string;
  role: SeatRole;
  teamRole: TeamRole;
  score: number;
  breakdown: FactorValues;
  contributions: FactorValues;
  explanations: Record<Factor, string>;
  runnersUp: { seatId: string; score: number }[];
  /** Seats of the role that a constraint excluded (at most MAX_EXCLUDED_LISTED). */
  excluded: { seatId: string; reasons: string[] }[];
  /** Seats of the role excluded per constraint; a seat may count under several. */
  exclusionCounts: Partial<Record<ConstraintName, number>>;
  /** Set when the seat holds the place for another reason than the best score (Jorge's personal handling). */
  note: string | null;
}

/** A filled place, or why nobody qualified for it. */
export type Place = { choice: Choice } | { choice: null; reason: string };

/**
 * Fills one place from the seats of its role: constraints first (seats in `taken` already hold
 * a place and are skipped), then the score of each eligible seat, keeping the best
 * runnersUp + 1 with the tie-break of ranking.ts. Only the winner gets the full breakdown.
 */
export function fillPlace(seats: readonly SeatCandidate[], req: SeatRequest, weights: RoutingWeights, taken: ReadonlySet<string>, runnersUp: number, maxExcluded: number): Place {
  const top: Ranked[] = [];
  const counts: Partial<Record<ConstraintName, number>> = {};
  const excluded: Choice["excluded"] = [];
  let alreadyOnTeam = 0;
  for (const seat of seats) {
    if (taken.size > 0 && taken.has(seat.id)) {
      alreadyOnTeam += 1;
      continue;
    }
    const mask = constraintMask(seat, req);
    if (mask === 0) {
      offerToTop(top, seat, scoreTotal(seat, req, weights), runnersUp + 1);
      continue;
    }
    for (const c of CONSTRAINTS) if (mask & CONSTRAINT_BIT[c]) counts[c] = (counts[c] ?? 0) + 1;
    if (excluded.length < maxExcluded) excluded.push({ seatId: seat.id, reasons: reasonsForMask(mask, seat, req).map((f) => f.reason) });
  }
  const best = top[0];
  if (!best) return { choice: null, reason: noEligibleSeatReason(req, seats.length, counts, alreadyOnTeam) };
  const score = scoreSeat(best.seat, req, weights);
  return {
    choice: {
      seatId: best.seat.id, role: req.role, teamRole: req.teamRole, score: score.total, breakdown: score.breakdown,
      contributions: score.contributions, explanations: score.explanations,
      runnersUp: top.slice(1).map((r) => ({ seatId: r.seat.id, score: r.score })), excluded, exclusionCounts: counts, note: null,
    },
  };
}

/**
 * Jorge's seat as the lead of a client he handles himself, with `chain` (the best specialists,
 * best first) as the runners-up his decline or timeout falls back to.
 */
export function personalLead(overseer: SeatCandidate, ctx: SeatRequestContext, weights: RoutingWeights, why: string, chain: Choice["runnersUp"] = []): Choice {
  // Nobody competes with Jorge for the place, so his own record serves as the prior.
  const req = seatRequestFor("overseer", "lead", { ...ctx, prior: teamPrior([overseer]) });
  const score = scoreSeat(overseer, req, weights);
  return {
    seatId: overseer.id, role: overseer.role, teamRole: "lead", score: score.total, breakdown: score.breakdown, contributions: score.contributions,
    explanations: score.explanations, runnersUp: chain, excluded: [], exclusionCounts: {}, note: why,
  };
}

/** Why Jorge's own seat cannot take a client now (full, away, another language), or [] when it can. */
export function personalLeadFailures(overseer: SeatCandidate, ctx: SeatRequestContext): string[] {
  const req = seatRequestFor("overseer", "lead", { ...ctx, prior: teamPrior([overseer]) });
  return checkConstraints(overseer, req).failures.map((f) => f.reason);
}
