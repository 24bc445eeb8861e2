import type { SeatCandidate } from "./types";

/** A scored seat in a ranking. */
export interface Ranked {
  seat: SeatCandidate;
  score: number;
  /** activeLoad / capacity, the first tie-break. */
  loadRatio: number;
}

/** True when (score, loadRatio, id) ranks before `other`: higher score, then lower load ratio, then the smaller seat id. */
function ranksBefore(score: number, loadRatio: number, id: string, other: Ranked): boolean {
  if (score !== other.score) return score > other.score;
  if (loadRatio !== other.loadRatio) return loadRatio < other.loadRatio;
  return id < other.seat.id;
}

/** Orders two ranked seats: negative when `a` comes first. Deterministic, so equal inputs always give the same team. */
export function compareRanked(a: Ranked, b: Ranked): number {
  if (a.seat.id === b.seat.id) return 0;
  return ranksBefore(a.score, a.loadRatio, a.seat.id, b) ? -1 : 1;
}

/**
 * Offers a seat to a best-first list that keeps at most `size` entries. Costs O(size) and
 * allocates only when the seat gets in, so ranking n seats for the best k is O(n * k) without
 * sorting them all.
 */
export function offerToTop(top: Ranked[], seat: SeatCandidate, score: number, size: number): void {
  const loadRatio = seat.capacity > 0 ? seat.activeLoad / seat.capacity : 1;
  const last = top[top.length - 1];
  if (top.length >= size && last !== undefined && !ranksBefore(score, loadRatio, seat.id, last)) return;
  let at = top.length;
  while (at > 0 && ranksBefore(score, loadRatio, seat.id, top[at - 1]!)) at -= 1;
  top.splice(at, 0, { seat, score, loadRatio });
  if (top.length > size) top.pop();
}
