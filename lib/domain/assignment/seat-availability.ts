import { languageName } from "../routing/language";
import { aRole, roleLabel } from "../routing/labels";
import { SPECIALIST_ROLES, type SeatKind, type SeatRole, type TeamRole } from "../team/vocabulary";

/** What the fallback chain needs to know about a seat now. */
export interface ChainSeat {
  id: string;
  kind: SeatKind;
  presence: string;
  capacity: number;
  activeLoad: number;
  /** The client opted out and this seat would reach out to them (an outreach or AI seat). */
  optedOutBlocked?: boolean;
  /** The seat's role; unchecked when absent. */
  role?: SeatRole;
  /** Markets the seat covers; empty means every market; unchecked when absent. */
  marketIds?: readonly string[];
  /** Lowercase ISO 639-1 codes; unchecked when absent. */
  languages?: readonly string[];
}

/** The place on the client's team being offered, as the chain checks seats against it. */
export interface PlaceFacts {
  teamRole: TeamRole;
  /** The role the place was formed for. */
  role: SeatRole;
  market: { id: string; name: string } | null;
  /** The client's language, lowercase ISO 639-1; null when unknown. */
  language: string | null;
}

/** Roles that can lead a client: the specialists, the geographic agents and Jorge. */
export const LEAD_ROLES: readonly SeatRole[] = [...SPECIALIST_ROLES, "geographic", "overseer"];

/**
 * Whether a seat of this role can hold the place: a lead place takes a LEAD_ROLES seat; a
 * support place takes its own role, or a specialist or geographic agent standing in for it.
 */
export function canHoldPlace(seatRole: SeatRole, place: Pick<PlaceFacts, "teamRole" | "role">): boolean {
  if (place.teamRole === "lead") return LEAD_ROLES.includes(seatRole);
  return seatRole === place.role || (seatRole !== "overseer" && LEAD_ROLES.includes(seatRole));
}

function roleReason(seatRole: SeatRole, place: Pick<PlaceFacts, "teamRole" | "role">): string {
  return place.teamRole === "lead" ? `${roleLabel(seatRole)} seats do not lead clients` : `is ${aRole(seatRole)}, not ${aRole(place.role)}`;
}

/**
 * Why a seat cannot take an offer now, or null when it can: gone from the team, blocked by the
 * client's opt-out, not available, at capacity, and (when the place is given) a role that cannot
 * hold the place, a market it does not cover (the overseer covers every market) or the client's
 * language it does not speak.
 */
export function unavailableReason(seat: ChainSeat | undefined, place?: PlaceFacts): string | null {
  if (!seat) return "no longer on the team";
  if (seat.optedOutBlocked) return "client opted out";
  if (seat.presence !== "available") return seat.presence;
  if (seat.activeLoad >= seat.capacity) return `at capacity ${seat.activeLoad}/${seat.capacity}`;
  if (!place) return null;
  if (seat.role && !canHoldPlace(seat.role, place)) return roleReason(seat.role, place);
  const market = place.market;
  if (market && seat.marketIds && seat.marketIds.length > 0 && seat.role !== "overseer" && !seat.marketIds.includes(market.id)) return `does not cover ${market.name}`;
  if (place.language && seat.languages && !seat.languages.includes(place.language)) return `does not speak ${languageName(place.language)}`;
  return null;
}
