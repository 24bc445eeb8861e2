/**
 * Wall-clock time in an IANA time zone, with Intl only: what a local clock shows at an instant,
 * the instant a local clock time names, and calendar days as "YYYY-MM-DD" strings.
 */

/** A local calendar date and clock time, month 1-12. */
export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const formatters = new Map<string, Intl.DateTimeFormat>();

/** The cached formatter of a zone; an unknown zone is a RangeError naming it. */
function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (f) return f;
  try {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit",
    });
  } catch {
    throw new RangeError(`Unknown time zone "${timeZone}": expected an IANA name such as "America/Los_Angeles".`);
  }
  formatters.set(timeZone, f);
  return f;
}

/** Throws a RangeError when `timeZone` is not a time zone Intl knows. */
export function assertTimeZone(timeZone: string): void {
  formatter(timeZone);
}

/** What a clock in `timeZone` shows at the instant `at`. */
export function wallTime(at: Date, timeZone: string): WallTime {
  const parts: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(at)) if (p.type !== "literal") parts[p.type] = Number(p.value);
  return { year: parts.year!, month: parts.month!, day: parts.day!, hour: parts.hour!, minute: parts.minute!, second: parts.second! };
}

const asUtc = (w: WallTime) => Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);

/** Minutes the zone is ahead of UTC at `ms` (negative west of Greenwich), e.g. -420 for PDT. */
export function offsetMinutes(ms: number, timeZone: string): number {
  const whole = Math.floor(ms / 1000) * 1000;
  return Math.round((asUtc(wallTime(new Date(whole), timeZone)) - whole) / MINUTE);
}

/**
 * The instant a local clock time names. A time repeated when clocks fall back is its earlier
 * occurrence; a time skipped when clocks spring forward moves ahead by the gap (02:30 on a
 * spring-forward night in Los Angeles is 03:30 PDT), as Temporal's "compatible" rule does.
 */
export function zonedTimeToUtc(local: WallTime, timeZone: string): Date {
  const guess = asUtc(local);
  const before = offsetMinutes(guess - DAY, timeZone);
  const after = offsetMinutes(guess + DAY, timeZone);
  const matches = [...new Set([before, after])]
    .map((offset) => guess - offset * MINUTE)
    .filter((ms) => asUtc(wallTime(new Date(ms), timeZone)) === guess)
    .sort((a, b) => a - b);
  return new Date(matches[0] ?? guess - before * MINUTE);
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** The local calendar day of an instant, "YYYY-MM-DD". */
export function localDay(at: Date, timeZone: string): string {
  const w = wallTime(at, timeZone);
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}`;
}

/** Parses "YYYY-MM-DD"; throws a RangeError on anything else. */
export function parseDay(day: string): { year: number; month: number; day: number } {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) throw new RangeError(`Expected a date as YYYY-MM-DD, got "${day}".`);
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

/** The calendar day `days` after `day` (negative goes back), across month and year ends. */
export function addDays(day: string, days: number): string {
  const d = parseDay(day);
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day + days));
  return `${pad(t.getUTCFullYear(), 4)}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

/** Whole calendar days from `from` to `to` ("2026-03-01" to "2026-03-04" is 3). */
export function daysBetween(from: string, to: string): number {
  const a = parseDay(from);
  const b = parseDay(to);
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / DAY);
}

/** Minutes after midnight of a "HH:MM" clock time ("09:00" is 540); throws a RangeError otherwise. */
export function parseClock(hhmm: string): number {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(hhmm);
  if (!m) throw new RangeError(`Expected a clock time as HH:MM, got "${hhmm}".`);
  return Number(m[1]) * 60 + Number(m[2]);
}
