import type { SeatRole, TeamRole } from "../team/vocabulary";
import { fillPlace, MAX_EXCLUDED_LISTED, personalLead, personalLeadFailures, RUNNERS_UP, type Choice, type Place } from "./fill-place";
import { analyzeNeeds } from "./needs-analysis";
import { teamPrior } from "./performance";
import { evaluatePriority, type Priority, type PriorityOptions } from "./priority";
import { seatRequestFor, type SeatRequestContext } from "./seat-request";
import type { MarketRef, Needs, RoutingRequest, SeatCandidate } from "./types";
import { DEFAULT_WEIGHTS, type RoutingWeights } from "./weights";

/** The team for one request, as plain data. */
export interface TeamPlan {
  lead: Choice | null;
  supports: Choice[];
  /** Support places nobody qualified for; the team goes ahead without them. */
  unfilled: { role: SeatRole; reason: string }[];
  /** Set when the request goes to the overseer (Jorge) because nobody qualified to lead it. */
  escalate: { reason: string } | null;
  /** Set when Jorge should handle the client himself but his seat cannot take it now: he is told why. */
  personalNotice: string | null;
  priority: Priority;
  needs: Needs;
}

/** What formTeam needs besides the request, the seats and the weights. */
export interface FormTeamOptions {
  /** Active markets, for the market of the request and for "covers every market". */
  markets: readonly MarketRef[];
  /** Jorge's seat: it leads the clients he handles personally. */
  overseerSeatId?: string | null;
  priority?: Partial<PriorityOptions>;
  runnersUp?: number;
  maxExcluded?: number;
  /** Seats already holding an active place on the client's team: never chosen again, and their support roles count as filled. */
  onTeam?: readonly { seatId: string; role: SeatRole }[];
}

/**
 * Forms the team for a request: analyses the needs and the priority, then fills the lead and
 * each support place in turn (constraints, score, best first with the deterministic tie-break of
 * ranking.ts); a seat holds at most one place, and seats already on the team (`onTeam`) keep
 * theirs. A client Jorge handles personally gets his overseer seat as lead, when it has room;
 * the best lead specialist joins as support and, with the runners-up, forms his fallback
 * chain. When nobody qualifies to lead, `escalate` says why and the request goes to Jorge. The
 * weights are taken as valid: read them with weightsFromSetting.
 */
export function formTeam(request: RoutingRequest, candidates: readonly SeatCandidate[], weights: RoutingWeights = DEFAULT_WEIGHTS, options: FormTeamOptions): TeamPlan {
  const needs = analyzeNeeds(request, options.markets);
  const priority = evaluatePriority(
    { ...request, marketMedianPrice: needs.market?.medianPrice, marketType: needs.market?.type, urgency: needs.urgency, flags: needs.flags },
    options.priority,
  );
  const personal = priority.personalHandling;
  const byRole = new Map<SeatRole, SeatCandidate[]>([[needs.leadRole, []], ...needs.supportRoles.map((r): [SeatRole, SeatCandidate[]] => [r, []])]);
  let overseer: SeatCandidate | undefined;
  for (const seat of candidates) {
    byRole.get(seat.role)?.push(seat);
    if (seat.id === options.overseerSeatId) overseer = seat;
  }

  const ctx: SeatRequestContext = { request, needs, priority, marketCount: options.markets.length };
  const runnersUp = options.runnersUp ?? RUNNERS_UP;
  const maxExcluded = options.maxExcluded ?? MAX_EXCLUDED_LISTED;
  const taken = new Set<string>();
  const fill = (role: SeatRole, teamRole: TeamRole): Place => {
    const seats = byRole.get(role) ?? [];
    const place = fillPlace(seats, seatRequestFor(role, teamRole, { ...ctx, prior: teamPrior(seats) }), weights, taken, runnersUp, maxExcluded);
    if (place.choice) taken.add(place.choice.seatId);
    return place;
  };

  const held = new Set<SeatRole>();
  for (const member of options.onTeam ?? []) {
    taken.add(member.seatId);
    held.add(member.role);
  }
  const supports: Choice[] = [];
  const unfilled: TeamPlan["unfilled"] = [];
  const fillSupport = (role: SeatRole): Choice | null => {
    if (held.has(role)) return null;
    const place = fill(role, "support");
    if (place.choice) supports.push(place.choice);
    else unfilled.push({ role, reason: place.reason });
    return place.choice;
  };

  let lead: Choice | null = null;
  let escalate: TeamPlan["escalate"] = null;
  let personalNotice: string | null = null;
  const why = priority.personalReason ?? "Jorge handles this client personally";
  // Jorge's seat obeys the same capacity and presence rules as everyone else's; when it cannot
  // take the client, the best specialist leads and Jorge is told why.
  const overseerFailures = personal && overseer ? personalLeadFailures(overseer, ctx) : [];
  if (personal && overseer && overseerFailures.length === 0) {
    taken.add(overseer.id);
    // The best specialist supports him, and heads his fallback chain should he pass the client on.
    const specialist = fillSupport(needs.leadRole);
    const chain = specialist ? [{ seatId: specialist.seatId, score: specialist.score }, ...specialist.runnersUp] : [];
    lead = personalLead(overseer, ctx, weights, why, chain);
  } else {
    if (personal) personalNotice = overseer ? `${why}, but his seat ${overseerFailures.join(", ")}; the best specialist leads instead` : `${why}, but no overseer seat is set up; the best specialist leads instead`;
    const place = fill(needs.leadRole, "lead");
    if (place.choice) lead = place.choice;
    else escalate = { reason: place.reason };
  }
  for (const role of needs.supportRoles) fillSupport(role);
  return { lead, supports, unfilled, escalate, personalNotice, priority, needs };
}
