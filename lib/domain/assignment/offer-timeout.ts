import { SEAT_ROLES, type SeatRole } from "../team/vocabulary";

/** The roles whose places are offered and may have their own timeout (Jorge's seat ends every chain instead). */
export const OFFER_ROLES: readonly SeatRole[] = SEAT_ROLES.filter((role) => role !== "overseer");

/** How long offers wait for a human seat's answer, in seconds (Settings). */
export interface OfferTimeouts {
  /** For a hot lead, whatever the role: speed to lead matters most. */
  hot: number;
  /** For everyone else, unless their role has its own. */
  default: number;
  /** Per seat role, for places that are not hot (a transaction coordinator may get longer than a buyer specialist). */
  byRole?: Partial<Record<SeatRole, number>>;
}

/**
 * Seconds an offer of a place of this role waits before it falls back: a hot lead gets the hot
 * timeout (or the role's own when that is even shorter); any other lead the role's own timeout,
 * else the default.
 */
export function offerTimeoutSeconds(t: OfferTimeouts, place: { hot: boolean; seatRole: string }): number {
  const role = t.byRole?.[place.seatRole as SeatRole];
  if (place.hot) return Math.min(t.hot, role ?? t.hot);
  return role ?? t.default;
}
