import { roleLabel } from "../routing/labels";
import { SEAT_ROLES, type SeatRole } from "../team/vocabulary";

/** The median of some numbers (the mean of the two middle ones for an even count); null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** `value` rounded to the nearest multiple of `step` (halves round up): 877,500 to $1,000 is 878,000. */
export function roundTo(value: number, step: number): number {
  return Math.round(value / step) * step;
}

const isSeatRole = (role: string): role is SeatRole => (SEAT_ROLES as readonly string[]).includes(role);

/** A stored role in words, capitalized to open a sentence: "listing_specialist" -> "Listing specialist". */
export function roleInWords(role: string, capitalized: boolean): string {
  const words = isSeatRole(role) ? roleLabel(role) : role.replace(/_/g, " ").trim().toLowerCase();
  return capitalized ? words.charAt(0).toUpperCase() + words.slice(1) : words;
}
