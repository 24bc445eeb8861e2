import type { TeamRole } from "../team/vocabulary";

/** What the fallback chain needs to know about a seat now. */
export interface ChainSeat {
  id: string;
  kind: "ai" | "human";
  presence: string;
  capacity: number;
  activeLoad: number;
  /** The client opted out and this seat would reach out to them (an outreach or AI seat). */
  optedOutBlocked?: boolean;
}

/** A seat the chain passed over, and why. */
export interface ChainSkip {
  seatId: string;
  reason: string;
}

export interface ChainInput {
  /** The runners-up stored with the assignment, best first. */
  runnersUp: readonly { seatId: string; score: number }[];
  /** Seats this place was already offered to, including the one that just declined or timed out. */
  tried: ReadonlySet<string>;
  seats: ReadonlyMap<string, ChainSeat>;
  overseerSeatId: string | null;
  teamRole: TeamRole;
}

export type ChainStep = { seatId: string; viaOverseer: boolean; skipped: ChainSkip[] } | { exhausted: true; skipped: ChainSkip[] };

/** Why a runner-up cannot take the offer now, or null when it can. */
export function unavailableReason(seat: ChainSeat | undefined): string | null {
  if (!seat) return "no longer on the team";
  if (seat.optedOutBlocked) return "client opted out";
  if (seat.presence !== "available") return seat.presence;
  if (seat.activeLoad >= seat.capacity) return `at capacity ${seat.activeLoad}/${seat.capacity}`;
  return null;
}

/**
 * The next seat to offer a place to after a decline or a timeout, as routing engines fall back
 * along an ordered chain that ends with the owner (DOMAIN.md). Runners-up go best first (equal
 * scores keep their stored order); one already offered, gone from the team, blocked by the
 * client's opt-out, not available or at capacity is passed over, with the reason. When none is
 * left a lead place goes to the overseer (Jorge) if he was not offered it yet, whatever his
 * presence and load: a client must never be left without a lead. A support place is not worth
 * his time, so its chain is exhausted instead.
 */
export function nextInChain(input: ChainInput): ChainStep {
  const skipped: ChainSkip[] = [];
  const seen = new Set<string>();
  const ordered = input.runnersUp.map((r, i) => ({ ...r, i })).sort((a, b) => b.score - a.score || a.i - b.i);
  for (const { seatId } of ordered) {
    if (seen.has(seatId)) continue;
    seen.add(seatId);
    const reason = input.tried.has(seatId) ? "already offered" : unavailableReason(input.seats.get(seatId));
    if (reason === null) return { seatId, viaOverseer: false, skipped };
    skipped.push({ seatId, reason });
  }
  const overseer = input.overseerSeatId;
  if (input.teamRole === "lead" && overseer !== null && !input.tried.has(overseer)) return { seatId: overseer, viaOverseer: true, skipped };
  return { exhausted: true, skipped };
}
