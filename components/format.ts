/** Display helpers shared by the console's pages. */
import { formatDuration } from "@/lib/domain/assignment/speed-to-lead";

export { calendarDate } from "@/lib/domain/dates/calendar-date";

const usd = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD", maximumFractionDigits: 0 });
const compactMillions = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD", notation: "compact", maximumFractionDigits: 2 });
const compactThousands = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD", notation: "compact", maximumFractionDigits: 0 });

export const money = (n: number | null | undefined) => (n === null || n === undefined ? "—" : usd.format(n));
/** $1.29M, $809K: two decimals only where they carry information. */
export function compactMoney(n: number | null | undefined): string {
  if (n === null || n === undefined) return "—";
  return (Math.abs(n) >= 1_000_000 ? compactMillions : compactThousands).format(n);
}

/** "listing_specialist" -> "Listing specialist". */
export function humanize(word: string): string {
  const spaced = word.replace(/_/g, " ");
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

export function dateTime(d: Date | string | null | undefined): string {
  if (!d) return "—";
  return new Date(d).toLocaleString("en-US", { month: "short", day: "numeric", hour: "numeric", minute: "2-digit", timeZone: "America/Los_Angeles" });
}

export function fullName(c: { firstName: string; lastName: string }): string {
  return `${c.firstName} ${c.lastName}`.trim();
}

/** A duration in words people read: "45 s", "20 h 19 min", "2 d 3 h" (the two largest units that matter). */
export const duration = (seconds: number | null | undefined): string => (seconds === null || seconds === undefined ? "—" : formatDuration(seconds));

/** A duration given in minutes, in the same words: 1219 reads "20 h 19 min". */
export const durationMinutes = (minutes: number | null | undefined): string => (minutes === null || minutes === undefined ? "—" : formatDuration(minutes * 60));
