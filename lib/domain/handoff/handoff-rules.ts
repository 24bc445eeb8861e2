import { isOutreachSeat } from "../routing/constraints";
import { HANDOFF_LIMITS } from "../settings/defaults";
import type { SeatKind, SeatRole } from "../team/vocabulary";

export interface HandoffLimits {
  samePairMinutes: number;
  perHour: number;
  perDay: number;
}

export interface HandoffProposal {
  clientId: string;
  fromSeatId: string | null;
  toSeatId: string;
  toSeat: { role: SeatRole; kind: SeatKind; presence: string };
  clientOptedOut: boolean;
  /** The client's earlier handoffs (any state that moved ownership), newest last. */
  history: readonly { fromSeatId: string | null; toSeatId: string; at: Date }[];
}

/**
 * Whether a client may be handed to another seat now. Refuses handing to oneself, to a seat that
 * is not available, an opted-out client to an outreach seat (follow-up, marketing, or any AI seat,
 * which would text them), and loops: the same two seats within `samePairMinutes` in either
 * direction, or more than `perHour` / `perDay` handoffs of one client.
 */
export function checkHandoff(p: HandoffProposal, now: Date, limits: HandoffLimits = HANDOFF_LIMITS): { ok: true } | { ok: false; error: string } {
  if (p.fromSeatId === p.toSeatId) return { ok: false, error: "The client is already with this seat." };
  if (p.toSeat.presence !== "available") return { ok: false, error: `The receiving seat is ${p.toSeat.presence}; choose an available seat.` };
  if (p.clientOptedOut && isOutreachSeat(p.toSeat)) {
    return { ok: false, error: "The client opted out of messages; they cannot go to a seat that reaches out to them." };
  }
  const since = (minutes: number) => p.history.filter((h) => now.getTime() - h.at.getTime() < minutes * 60_000);
  const pair = since(limits.samePairMinutes).some(
    (h) => (h.fromSeatId === p.fromSeatId && h.toSeatId === p.toSeatId) || (h.fromSeatId === p.toSeatId && h.toSeatId === p.fromSeatId),
  );
  if (pair) return { ok: false, error: `These two seats handed this client over less than ${limits.samePairMinutes} minutes ago; wait or ask Jorge.` };
  if (since(60).length >= limits.perHour) return { ok: false, error: `This client was handed over ${limits.perHour} times in the last hour; that is the limit.` };
  if (since(24 * 60).length >= limits.perDay) return { ok: false, error: `This client was handed over ${limits.perDay} times today; that is the limit.` };
  return { ok: true };
}
