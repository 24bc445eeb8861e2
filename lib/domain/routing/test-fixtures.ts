import type { SeatRole } from "../team/vocabulary";
import { analyzeNeeds } from "./needs-analysis";
import { DEFAULT_PRIOR } from "./performance";
import { evaluatePriority } from "./priority";
import { seatRequestFor, type SeatRequest } from "./seat-request";
import type { MarketRef, RoutingRequest, SeatCandidate } from "./types";

/** Shared test data: the default seed's five markets and builders for seats and places. */
export const MARKETS: readonly MarketRef[] = [
  { id: "m-rc", name: "Rancho Cucamonga", type: "primary", zipCodes: ["91701", "91730", "91737", "91739"], medianPrice: 850_000 },
  { id: "m-uo", name: "Upland & Ontario", type: "adjacent", zipCodes: ["91784", "91786", "91761", "91762", "91764"], medianPrice: 760_000 },
  { id: "m-fo", name: "Fontana", type: "investment", zipCodes: ["92335", "92336", "92337"], medianPrice: 640_000 },
  { id: "m-ch", name: "Chino Hills", type: "luxury", zipCodes: ["91709"], medianPrice: 1_250_000 },
  { id: "m-ev", name: "Eastvale", type: "emerging", zipCodes: ["92880"], medianPrice: 800_000, cities: ["Corona"] },
];

/** An available English-speaking AI seat for every market with no skills or history, changed by `over`. */
export function seat(id: string, role: SeatRole, over: Partial<SeatCandidate> = {}): SeatCandidate {
  return {
    id, role, kind: "ai", languages: ["en"], capacity: 20, activeLoad: 0, presence: "available", marketIds: [], skills: {}, performance: null, ...over,
  };
}

/** A place on the team for a plain English buyer in Fontana, changed by `over`. */
export function place(role: SeatRole, over: Partial<SeatRequest> = {}): SeatRequest {
  return {
    role, teamRole: "lead", market: { id: "m-fo", name: "Fontana" }, language: "en", neededSkills: [], optedOut: false, otherSideSeatIds: [],
    dualAgency: false, wantsPerson: false, afterHours: false, luxury: false, marketCount: 5, commissionPotential: 0, prior: { ...DEFAULT_PRIOR }, relationship: null, ...over,
  };
}

/** The place for a role as formTeam would build it from a request. */
export function placeFor(role: SeatRole, request: RoutingRequest): SeatRequest {
  const needs = analyzeNeeds(request, MARKETS);
  const priority = evaluatePriority({ ...request, flags: needs.flags, marketMedianPrice: needs.market?.medianPrice, marketType: needs.market?.type, urgency: needs.urgency });
  return seatRequestFor(role, "lead", { request, needs, priority, marketCount: MARKETS.length });
}
