import type { SeatRole, TeamRole } from "../team/vocabulary";
import { fillPlace } from "./fill-place";
import { analyzeNeeds } from "./needs-analysis";
import { teamPrior } from "./performance";
import { evaluatePriority, type PriorityOptions } from "./priority";
import { seatRequestFor } from "./seat-request";
import type { MarketRef, RoutingRequest, SeatCandidate } from "./types";
import type { RoutingWeights } from "./weights";

/** How many alternatives a fallback looks at, at most. */
export const MAX_ALTERNATIVES = 10;

export interface AlternativesOptions {
  markets: readonly MarketRef[];
  /** Seats that cannot be asked: already offered the place, or holding another place on the team. */
  exclude: ReadonlySet<string>;
  priority?: Partial<PriorityOptions>;
  limit?: number;
}

/**
 * The seats that could take a place on a client's team now, best first, by the same hard
 * constraints and score as the team was formed with: the fallback chain asks them once its
 * stored runners-up are used up, so Jorge is offered a client only when nobody else can take
 * it. A lead place is filled by the lead role the client's needs give (whoever held it last,
 * Jorge or a teammate of another role); a support place by its own role.
 */
export function rankAlternatives(
  request: RoutingRequest,
  candidates: readonly SeatCandidate[],
  place: { role: SeatRole; teamRole: TeamRole },
  weights: RoutingWeights,
  options: AlternativesOptions,
): { seatId: string; score: number }[] {
  const needs = analyzeNeeds(request, options.markets);
  const priority = evaluatePriority({ ...request, marketMedianPrice: needs.market?.medianPrice, marketType: needs.market?.type, urgency: needs.urgency, flags: needs.flags }, options.priority);
  const role = place.teamRole === "lead" ? needs.leadRole : place.role;
  const seats = candidates.filter((s) => s.role === role);
  const req = seatRequestFor(role, place.teamRole, { request, needs, priority, marketCount: options.markets.length, prior: teamPrior(seats) });
  const limit = Math.max(1, options.limit ?? MAX_ALTERNATIVES);
  const filled = fillPlace(seats, req, weights, options.exclude, limit - 1, 0);
  if (!filled.choice) return [];
  return [{ seatId: filled.choice.seatId, score: filled.choice.score }, ...filled.choice.runnersUp];
}
