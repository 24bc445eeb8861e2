import type { SeatRole } from "../team/vocabulary";
import { checkConstraints } from "./constraints";
import { analyzeNeeds } from "./needs-analysis";
import { teamPrior } from "./performance";
import { evaluatePriority } from "./priority";
import { scoreTotal } from "./score-seat";
import { seatRequestFor } from "./seat-request";
import type { MarketRef, RoutingRequest, SeatCandidate } from "./types";
import type { RoutingWeights } from "./weights";

/**
 * The seats that could hold a client's lead place, with their scores, best first (at most
 * `limit`). Capacity is left out of the constraints on purpose: the rebalance optimizer decides
 * who fits where, and a seat's current clients must stay candidates of their own seat.
 */
export function scoreLeadCandidates(
  request: RoutingRequest,
  role: SeatRole,
  seats: readonly SeatCandidate[],
  weights: RoutingWeights,
  markets: readonly MarketRef[],
  limit = 20,
): { seat: string; score: number }[] {
  const needs = analyzeNeeds(request, markets);
  const priority = evaluatePriority({ ...request, marketMedianPrice: needs.market?.medianPrice, marketType: needs.market?.type, urgency: needs.urgency, flags: needs.flags });
  const ofRole = seats.filter((s) => s.role === role);
  const req = seatRequestFor(role, "lead", { request, needs, priority, marketCount: markets.length, prior: teamPrior(ofRole) });
  const scored: { seat: string; score: number }[] = [];
  for (const seat of ofRole) {
    const failures = checkConstraints(seat, req).failures.filter((f) => f.constraint !== "capacity");
    if (failures.length === 0) scored.push({ seat: seat.id, score: scoreTotal(seat, req, weights) });
  }
  return scored.sort((a, b) => b.score - a.score || (a.seat < b.seat ? -1 : 1)).slice(0, limit);
}
