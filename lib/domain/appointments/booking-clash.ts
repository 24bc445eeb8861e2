import { resolveDoubleBooking, type Booking, type ConflictDecision } from "../conflict/rules";

/** A booking already on the calendar, with its id so a clash can name it. */
export interface BookedSlot extends Booking {
  id: string;
}

export interface Clash {
  existing: BookedSlot;
  decision: ConflictDecision;
}

/**
 * What the double-booking rule says about a new booking: `clear` when it clashes with nothing;
 * `refused` when an earlier booking of the same seat or client at the same time stands (the new
 * one must not be made); `flagged` when it clashes only with bookings the rule cannot settle
 * (made at the same moment) or that must yield to it, so it is kept and Jorge decides.
 */
export type BookingVerdict =
  | { verdict: "clear" }
  | { verdict: "refused"; clash: Clash }
  | { verdict: "flagged"; clashes: Clash[] };

const SETTLED_WITHOUT_CLASH = new Set(["no_overlap", "no_shared_party"]);

/**
 * Judges a new booking against the scheduled bookings of its seat and client with
 * resolveDoubleBooking, the existing booking as "a" and the new one as "b". The first earlier
 * booking that stands refuses the new one; every other clash is returned to be recorded.
 */
export function judgeBooking(candidate: Booking, existing: readonly BookedSlot[]): BookingVerdict {
  const clashes: Clash[] = [];
  for (const slot of [...existing].sort((x, y) => x.startsAt.getTime() - y.startsAt.getTime())) {
    const decision = resolveDoubleBooking(slot, candidate);
    if (decision.decided && SETTLED_WITHOUT_CLASH.has(decision.rule)) continue;
    if (decision.decided && decision.keep === "a") return { verdict: "refused", clash: { existing: slot, decision } };
    clashes.push({ existing: slot, decision });
  }
  return clashes.length ? { verdict: "flagged", clashes } : { verdict: "clear" };
}

/** Who a clash is about, in words for the person booking: the seat itself, or the client. */
export function clashSubject(candidate: Booking, existing: Booking, names: { seat: string; client: string }): string {
  return existing.seatId === candidate.seatId ? `${names.seat} is already booked` : `${names.client} is already booked with another seat`;
}
