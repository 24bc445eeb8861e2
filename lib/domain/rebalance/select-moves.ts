import type { RebalanceMove } from "./rebalance-plan";

export interface SeatRoom {
  id: string;
  capacity: number;
  /** Clients on the seat before any move, movable or not. */
  load: number;
}

export type MoveSelection = { ok: true; moves: RebalanceMove[] } | { ok: false; error: string };

/**
 * The moves Jorge kept from a previewed plan, checked for room: a move into a seat that only has
 * room because another move takes a client out of it needs that other move too. A seat may end
 * no fuller than its capacity, or than it was before when it was already over. The error names
 * the moves that belong together, so he can tick both or neither.
 */
export function selectMoves(plan: readonly RebalanceMove[], seats: readonly SeatRoom[], chosen: ReadonlySet<string>, name: (id: string) => string = (id) => id): MoveSelection {
  const moves = plan.filter((m) => chosen.has(m.client));
  const unknown = [...chosen].filter((id) => !plan.some((m) => m.client === id));
  if (unknown.length) return { ok: false, error: "Some selected moves are not in this preview. Reload the page and choose again." };
  const room = new Map(seats.map((s) => [s.id, s]));
  const load = new Map(seats.map((s) => [s.id, s.load]));
  for (const m of moves) {
    if (m.from) load.set(m.from, (load.get(m.from) ?? 0) - 1);
    load.set(m.to, (load.get(m.to) ?? 0) + 1);
  }
  for (const [seatId, after] of load) {
    const seat = room.get(seatId);
    if (!seat || after <= Math.max(seat.capacity, seat.load)) continue;
    const into = moves.filter((m) => m.to === seatId).map((m) => name(m.client));
    const outOf = plan.filter((m) => m.from === seatId && !chosen.has(m.client)).map((m) => name(m.client));
    return {
      ok: false,
      error: `${name(seatId)} has room for ${into.join(", ")} only if ${outOf.join(", ")} ${outOf.length === 1 ? "moves" : "move"} away too: select ${outOf.length === 1 ? "that move" : "those moves"} as well, or leave ${into.length === 1 ? "this one" : "these"} out.`,
    };
  }
  return { ok: true, moves };
}
