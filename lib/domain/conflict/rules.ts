import { formatMoney } from "../routing/labels";
import { median, roleInWords, roundTo } from "./price-words";

export type ConflictKind = "ownership_claim" | "double_booking" | "price_disagreement";

/** How a conflict between seats was settled, or why it goes to Jorge (undecided). */
export type ConflictDecision =
  | { decided: true; winnerSeatId?: string; keep?: "a" | "b"; rule: string; reason: string }
  | { decided: false; rule: string; reason: string };

/** Every rule the resolvers apply, in the order they are tried. */
export const CONFLICT_RULES: readonly { kind: ConflictKind; rule: string; description: string }[] = [
  { kind: "ownership_claim", rule: "uncontested", description: "Only one seat claims the client: it keeps them." },
  { kind: "ownership_claim", rule: "current_owner", description: "The seat that owns the client keeps them; two seats both recorded as owner go to Jorge." },
  { kind: "ownership_claim", rule: "higher_score", description: "Otherwise the seat whose routing score is higher by 0.05 or more takes the client." },
  { kind: "ownership_claim", rule: "most_recent_touch", description: "Otherwise the seat that touched the client last takes them, if no other claimant touched them within the hour before." },
  { kind: "ownership_claim", rule: "overseer_decides", description: "Otherwise Jorge decides." },
  { kind: "double_booking", rule: "no_overlap", description: "The two appointments do not overlap: nothing to settle." },
  { kind: "double_booking", rule: "no_shared_party", description: "The appointments overlap but share neither seat nor client: nothing to settle." },
  { kind: "double_booking", rule: "first_booked", description: "A seat or a client booked twice at once: the earlier booking stands." },
  { kind: "double_booking", rule: "simultaneous_booking", description: "Both were booked within a second of each other: Jorge decides." },
  { kind: "price_disagreement", rule: "within_tolerance", description: "The prices are within the tolerance (5%) of their median: suggest the median, rounded to $1,000." },
  { kind: "price_disagreement", rule: "beyond_tolerance", description: "The prices are further apart than the tolerance: Jorge decides." },
  { kind: "price_disagreement", rule: "no_opinions", description: "No price was given: Jorge decides." },
];

export interface OwnershipClaim {
  seatId: string;
  claimedAt: Date;
  isCurrentOwner: boolean;
  score: number | null;
  lastTouchAt: Date | null;
}

const SCORE_GAP = 0.05;
const TOUCH_GAP_MS = 60 * 60_000;
const EPSILON = 1e-9;
const JORGE = "Jorge decides";

/**
 * Which of several seats claiming the same client keeps them, by the ownership rules of
 * CONFLICT_RULES in order: uncontested, current owner, routing score ahead by 0.05, touched last
 * by more than an hour, else Jorge. A seat claiming twice counts once.
 */
export function resolveOwnershipClaim(claims: readonly OwnershipClaim[]): ConflictDecision {
  const unique = [...new Map(claims.map((c) => [c.seatId, c])).values()];
  if (unique.length === 0) return { decided: false, rule: "overseer_decides", reason: `Nobody claims the client: ${JORGE}.` };
  if (unique.length === 1) return { decided: true, winnerSeatId: unique[0]!.seatId, rule: "uncontested", reason: "Only one seat claims the client." };
  const owners = unique.filter((c) => c.isCurrentOwner);
  if (owners.length === 1) return { decided: true, winnerSeatId: owners[0]!.seatId, rule: "current_owner", reason: "The current owner keeps the client." };
  if (owners.length > 1) return { decided: false, rule: "current_owner", reason: `${owners.length} seats are recorded as the owner: ${JORGE}.` };
  if (unique.every((c) => c.score !== null)) {
    const [best, second] = [...unique].sort((a, b) => b.score! - a.score!);
    const gap = best!.score! - second!.score!;
    if (gap >= SCORE_GAP - EPSILON) {
      return { decided: true, winnerSeatId: best!.seatId, rule: "higher_score", reason: `Routing score ${best!.score!.toFixed(2)} against ${second!.score!.toFixed(2)} (ahead by ${gap.toFixed(2)}).` };
    }
  }
  const touched = unique.filter((c) => c.lastTouchAt !== null).sort((a, b) => b.lastTouchAt!.getTime() - a.lastTouchAt!.getTime());
  const [latest, runnerUp] = touched;
  if (latest && (!runnerUp || latest.lastTouchAt!.getTime() - runnerUp.lastTouchAt!.getTime() > TOUCH_GAP_MS)) {
    return { decided: true, winnerSeatId: latest.seatId, rule: "most_recent_touch", reason: runnerUp ? "Touched the client more than an hour after any other claimant." : "The only claimant who touched the client." };
  }
  return { decided: false, rule: "overseer_decides", reason: `Scores are within ${SCORE_GAP} and the last touches within an hour of each other: ${JORGE}.` };
}

export interface Booking {
  seatId: string;
  clientId: string;
  startsAt: Date;
  endsAt: Date;
  bookedAt: Date;
}

/**
 * Settles two appointments that may clash. Back-to-back ones do not overlap; overlapping ones
 * clash only when they share the seat or the client (nobody can be in two places at once), and
 * then the one booked first stands (`keep` says which); bookings made within a second of each
 * other go to Jorge.
 */
export function resolveDoubleBooking(a: Booking, b: Booking): ConflictDecision {
  for (const x of [a, b]) if (x.endsAt < x.startsAt) throw new RangeError(`A booking for seat ${x.seatId} ends before it starts.`);
  if (a.endsAt <= b.startsAt || b.endsAt <= a.startsAt) return { decided: true, rule: "no_overlap", reason: "The appointments do not overlap." };
  if (a.seatId !== b.seatId && a.clientId !== b.clientId) return { decided: true, rule: "no_shared_party", reason: "The appointments overlap but involve different seats and clients." };
  const clash = a.seatId === b.seatId ? "The seat is booked twice at the same time" : "The client is booked with two seats at the same time";
  const apart = a.bookedAt.getTime() - b.bookedAt.getTime();
  if (Math.abs(apart) <= 1000) return { decided: false, rule: "simultaneous_booking", reason: `${clash} and both were booked at the same moment: ${JORGE}.` };
  const [keep, first] = apart < 0 ? (["a", a] as const) : (["b", b] as const);
  return { decided: true, winnerSeatId: first.seatId, keep, rule: "first_booked", reason: `${clash}: the booking made first, at ${first.bookedAt.toISOString()}, stands.` };
}

/** The price to suggest when opinions agree: their median rounded to $1,000; null when there are none. */
export function suggestedPrice(opinions: readonly { price: number }[]): number | null {
  const m = median(opinions.map((o) => o.price));
  return m === null ? null : roundTo(m, 1_000);
}

const percent = (share: number) => `${Number((share * 100).toFixed(1))}%`;

/**
 * Settles seats disagreeing on a price. The spread is (highest - lowest) / median; within the
 * tolerance the opinions agree and the median rounded to $1,000 is suggested; beyond it, Jorge
 * decides, told who said what.
 */
export function resolvePriceDisagreement(opinions: readonly { seatId: string; role: string; price: number }[], tolerance = 0.05): ConflictDecision {
  if (!(tolerance >= 0)) throw new RangeError(`The tolerance must be 0 or more (got ${tolerance}).`);
  for (const o of opinions) if (!(o.price > 0) || !Number.isFinite(o.price)) throw new RangeError(`Seat ${o.seatId} gave an invalid price: ${o.price}.`);
  const suggested = suggestedPrice(opinions);
  if (suggested === null) return { decided: false, rule: "no_opinions", reason: `No price was given: ${JORGE}.` };
  const sorted = [...opinions].sort((x, y) => y.price - x.price);
  const [high, low] = [sorted[0]!, sorted[sorted.length - 1]!];
  const spread = (high.price - low.price) / median(sorted.map((o) => o.price))!;
  if (spread <= tolerance + EPSILON) {
    return { decided: true, rule: "within_tolerance", reason: `The prices are ${percent(spread)} apart (tolerance ${percent(tolerance)}): suggest ${formatMoney(suggested)}.` };
  }
  const who = `${roleInWords(high.role, true)} ${formatMoney(high.price)} vs ${roleInWords(low.role, false)} ${formatMoney(low.price)}`;
  return { decided: false, rule: "beyond_tolerance", reason: `${who}: ${percent(spread)} apart (tolerance ${percent(tolerance)}).` };
}
