import type { SeatRole } from "../team/vocabulary";
import { languageName } from "./language";
import { aRole } from "./labels";
import type { SeatRequest } from "./seat-request";
import type { SeatCandidate } from "./types";

/** The hard constraints, checked before any scoring, in the order their reasons are listed. */
export const CONSTRAINTS = ["role", "presence", "capacity", "market", "language", "consent", "other_side"] as const;
export type ConstraintName = (typeof CONSTRAINTS)[number];

/**
 * Seats that would reach out to a client on their own: follow-up and marketing seats, and every
 * AI seat (AI seats text and email by themselves). None of them may be given a client who opted
 * out; a human specialist may still answer that client.
 */
export const OUTREACH_ROLES: readonly SeatRole[] = ["follow_up", "marketing"];

/** One failed constraint and its reason in words. */
export interface ConstraintFailure {
  constraint: ConstraintName;
  reason: string;
}

/** The outcome of checkConstraints: eligible when no constraint failed. */
export interface ConstraintCheck {
  eligible: boolean;
  failures: ConstraintFailure[];
}

/** Bit of each constraint in a failure mask: 1 << index in CONSTRAINTS. */
export const CONSTRAINT_BIT: Readonly<Record<ConstraintName, number>> = Object.freeze(
  Object.fromEntries(CONSTRAINTS.map((c, i) => [c, 1 << i])) as Record<ConstraintName, number>,
);

/** True when the seat may reach out to clients by itself (see OUTREACH_ROLES). */
export function isOutreachSeat(seat: Pick<SeatCandidate, "kind" | "role">): boolean {
  return seat.kind === "ai" || OUTREACH_ROLES.includes(seat.role);
}

/**
 * The failed constraints as a bit mask (0 = eligible), without allocating: the team builder
 * calls it for every candidate.
 * - role: the seat's role is the role the place needs.
 * - presence: only "available"; away, offline and vacation are never chosen.
 * - capacity: activeLoad < capacity.
 * - market: the seat covers the client's market. The overseer and seats with no market rows
 *   cover every market; an unknown market is not checked (there is nothing to check against).
 * - language: the seat speaks the client's language; no English fallback (nobody qualifying
 *   sends the request to Jorge).
 * - consent: an opted-out client never goes to an outreach seat (isOutreachSeat).
 * - other_side: a seat already on the other side of the transaction only with dual agency.
 */
export function constraintMask(seat: SeatCandidate, req: SeatRequest): number {
  let mask = 0;
  if (seat.role !== req.role) mask |= CONSTRAINT_BIT.role;
  if (seat.presence !== "available") mask |= CONSTRAINT_BIT.presence;
  if (!(seat.activeLoad < seat.capacity)) mask |= CONSTRAINT_BIT.capacity;
  if (req.market && seat.role !== "overseer" && seat.marketIds.length > 0 && !seat.marketIds.includes(req.market.id)) mask |= CONSTRAINT_BIT.market;
  if (!seat.languages.includes(req.language)) mask |= CONSTRAINT_BIT.language;
  if (req.optedOut && isOutreachSeat(seat)) mask |= CONSTRAINT_BIT.consent;
  if (!req.dualAgency && req.otherSideSeatIds.length > 0 && req.otherSideSeatIds.includes(seat.id)) mask |= CONSTRAINT_BIT.other_side;
  return mask;
}

/** Why one constraint excludes the seat, in words the console shows. */
export function constraintReason(constraint: ConstraintName, seat: SeatCandidate, req: SeatRequest): string {
  switch (constraint) {
    case "role":
      return `is ${aRole(seat.role)}, not ${aRole(req.role)}`;
    case "presence":
      return seat.presence === "vacation" ? "is on vacation" : `is ${seat.presence}`;
    case "capacity":
      return `is at capacity (${seat.activeLoad} of ${seat.capacity})`;
    case "market":
      return `does not cover ${req.market?.name ?? "the client's market"}`;
    case "language":
      return `does not speak ${languageName(req.language)}`;
    case "consent":
      return `${seat.kind === "ai" ? "is an AI seat" : `is ${aRole(seat.role)}`} and the client opted out of texts`;
    case "other_side":
      return "works the other side of this transaction and it is not flagged dual agency";
  }
}

/** The reasons of every constraint set in a mask, in CONSTRAINTS order. */
export function reasonsForMask(mask: number, seat: SeatCandidate, req: SeatRequest): ConstraintFailure[] {
  const failures: ConstraintFailure[] = [];
  for (const constraint of CONSTRAINTS) {
    if (mask & CONSTRAINT_BIT[constraint]) failures.push({ constraint, reason: constraintReason(constraint, seat, req) });
  }
  return failures;
}

/** Checks every hard constraint for a seat and a place on the team; eligible when none fails. */
export function checkConstraints(seat: SeatCandidate, req: SeatRequest): ConstraintCheck {
  const mask = constraintMask(seat, req);
  return { eligible: mask === 0, failures: mask === 0 ? [] : reasonsForMask(mask, seat, req) };
}
