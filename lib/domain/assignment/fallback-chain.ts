import type { TeamRole } from "../team/vocabulary";
import { unavailableReason, type ChainSeat, type PlaceFacts } from "./seat-availability";

export { unavailableReason, type ChainSeat, type PlaceFacts } from "./seat-availability";

/** A seat the chain passed over, and why; `named` marks the teammate the decliner asked for. */
export interface ChainSkip {
  seatId: string;
  reason: string;
  named?: true;
}

export interface ChainInput {
  /** The runners-up stored with the assignment, best first. */
  runnersUp: readonly { seatId: string; score: number }[];
  /** Seats this place was already offered to, including the one that just declined or timed out. */
  tried: ReadonlySet<string>;
  seats: ReadonlyMap<string, ChainSeat>;
  overseerSeatId: string | null;
  teamRole: TeamRole;
  /** The place, so each seat is checked for its role, market and language too. */
  place?: PlaceFacts;
  /** The teammate the decliner named: asked first, when it can take the place. */
  named?: string | null;
  /** The best eligible seats for the place now, best first: asked once the runners-up are used up. */
  alternatives?: readonly { seatId: string; score: number }[];
  /** Seats holding another active place on the client's team. */
  onTeam?: ReadonlySet<string>;
  /** Of those, the seats holding a support place: for a lead place they can move up. */
  supporting?: ReadonlySet<string>;
}

/** How the chain reached its seat. */
export type ChainVia = "named" | "runner_up" | "alternative" | "overseer";

export type ChainStep =
  | { seatId: string; via: ChainVia; promotes: boolean; skipped: ChainSkip[] }
  | { exhausted: true; skipped: ChainSkip[] };

/**
 * The next seat to offer a place to after a decline or a timeout, as routing engines fall back
 * along an ordered chain that ends with the owner (DOMAIN.md): the teammate the decliner named,
 * then the stored runners-up best first (equal scores keep their order), then the best eligible
 * seats now, each passed over with the reason when it cannot take the place. A seat supporting
 * the client can move up to a lead place (its support place does not count against its
 * capacity). When none is left a lead place goes to the overseer (Jorge) if he was not offered
 * it yet, whatever his presence and load: a client must never be left without a lead. A
 * support place is not worth his time, so its chain is exhausted instead.
 */
export function nextInChain(input: ChainInput): ChainStep {
  const skipped: ChainSkip[] = [];
  const seen = new Set<string>();
  const lead = input.teamRole === "lead";
  const promotable = (id: string) => movesUp(input, id);
  const ask = (seatId: string, via: ChainVia): ChainStep | null => {
    if (seen.has(seatId)) return null;
    seen.add(seatId);
    const reason = chainBlockReason(input, seatId);
    if (reason === null) return { seatId, via, promotes: promotable(seatId), skipped };
    skipped.push(via === "named" ? { seatId, reason, named: true } : { seatId, reason });
    return null;
  };
  if (input.named) {
    const step = ask(input.named, "named");
    if (step) return step;
  }
  const ordered = input.runnersUp.map((r, i) => ({ ...r, i })).sort((a, b) => b.score - a.score || a.i - b.i);
  for (const { seatId } of ordered) {
    const step = ask(seatId, "runner_up");
    if (step) return step;
  }
  for (const { seatId } of input.alternatives ?? []) {
    const step = ask(seatId, "alternative");
    if (step) return step;
  }
  const overseer = input.overseerSeatId;
  if (lead && overseer !== null && !input.tried.has(overseer) && (!input.onTeam?.has(overseer) || promotable(overseer))) {
    return { seatId: overseer, via: "overseer", promotes: promotable(overseer), skipped };
  }
  return { exhausted: true, skipped };
}

/** True when the seat supports the client and the place is the lead: it can move up. */
function movesUp(input: Pick<ChainInput, "teamRole" | "supporting">, seatId: string): boolean {
  return input.teamRole === "lead" && (input.supporting?.has(seatId) ?? false);
}

/**
 * Why the chain cannot offer the place to this seat now, or null when it can: already offered
 * it, holding another place on the team (unless it can move up), or unavailable for the place
 * (see unavailableReason; a seat moving up does not count its support place against capacity).
 */
export function chainBlockReason(input: Omit<ChainInput, "runnersUp" | "overseerSeatId">, seatId: string): string | null {
  if (input.tried.has(seatId)) return "already offered";
  const promotes = movesUp(input, seatId);
  if (!promotes && input.onTeam?.has(seatId)) return "already on the team";
  const seat = input.seats.get(seatId);
  return unavailableReason(seat && promotes ? { ...seat, activeLoad: seat.activeLoad - 1 } : seat, input.place);
}

/** True when the chain would end with the overseer or nobody: the stored runners-up are used up. */
export function chainNeedsAlternatives(step: ChainStep): boolean {
  return "exhausted" in step || step.via === "overseer";
}
