import type { SeatRole, TeamRole } from "../team/vocabulary";
import { LUXURY_PRICE } from "./commission";
import { DEFAULT_PRIOR, type PerformancePrior } from "./performance";
import type { Priority } from "./priority";
import { neededSkills, type NeededSkill } from "./skills";
import type { Needs, RoutingRequest } from "./types";

/** One place on the team to fill: everything the constraints and the factors read about it. */
export interface SeatRequest {
  role: SeatRole;
  teamRole: TeamRole;
  market: { id: string; name: string } | null;
  /** Lowercase ISO 639-1 code. */
  language: string;
  neededSkills: readonly NeededSkill[];
  optedOut: boolean;
  otherSideSeatIds: readonly string[];
  dualAgency: boolean;
  wantsPerson: boolean;
  afterHours: boolean;
  /** Luxury price band: expected price of $1.2M or more, or a luxury market. */
  luxury: boolean;
  /** How many markets a seat without market rows covers (every active market). */
  marketCount: number;
  /** The client's commission potential in dollars. */
  commissionPotential: number;
  /** The average record of seats of this role, for the success-rate and commission factors. */
  prior: PerformancePrior;
  /** How satisfied the client is with the seat serving them now, when they have one. */
  relationship: { seatId: string; satisfaction: number } | null;
}

/** The analysed request a place on the team is built from. */
export interface SeatRequestContext {
  request: RoutingRequest;
  needs: Needs;
  priority: Priority;
  marketCount: number;
  prior?: PerformancePrior;
}

/** Builds the request for one place on the team from the analysed needs and priority. */
export function seatRequestFor(role: SeatRole, teamRole: TeamRole, ctx: SeatRequestContext): SeatRequest {
  const { request, needs, priority } = ctx;
  return {
    role,
    teamRole,
    market: needs.market ? { id: needs.market.id, name: needs.market.name } : null,
    language: needs.language,
    neededSkills: neededSkills(role, needs.flags),
    optedOut: request.optedOut === true,
    otherSideSeatIds: request.otherSideSeatIds ?? [],
    dualAgency: request.dualAgency === true,
    wantsPerson: needs.flags.includes("wants_person"),
    afterHours: request.afterHours === true,
    luxury: priority.commission.expectedPrice >= LUXURY_PRICE || needs.market?.type === "luxury",
    marketCount: Math.max(1, ctx.marketCount),
    commissionPotential: priority.commission.commission,
    prior: ctx.prior ?? { ...DEFAULT_PRIOR },
    relationship: request.relationship ?? null,
  };
}
