/**
 * Wall-clock time in an IANA time zone on @date-fns/tz and date-fns: what a local clock shows at
 * an instant, the instant a local clock time names, and calendar days as "YYYY-MM-DD" strings.
 */
import { TZDate, tzName, tzOffset } from "@date-fns/tz";
import { addDays as addCalendarDays, differenceInCalendarDays, format } from "date-fns";

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
const known = new Set<string>();

/**
 * Throws a RangeError when `timeZone` is not a zone of the runtime's time zone database. The
 * check goes through Intl (tzName) rather than tzOffset alone, which also reads loose offsets
 * such as "Foo+05" as a zone.
 */
export function assertTimeZone(timeZone: string): void {
  if (known.has(timeZone)) return;
  try {
    tzName(timeZone, new Date(0));
  } catch {
    throw new RangeError(`Unknown time zone "${timeZone}": expected an IANA name such as "America/Los_Angeles".`);
  }
  known.add(timeZone);
}

/** The instant as a TZDate in a checked zone; an invalid Date is a RangeError. */
function zoned(at: Date | number, timeZone: string): TZDate {
  assertTimeZone(timeZone);
  const ms = typeof at === "number" ? at : at.getTime();
  if (Number.isNaN(ms)) throw new RangeError("Expected a valid instant, got an invalid Date.");
  return new TZDate(ms, timeZone);
}

/** What a clock in `timeZone` shows at the instant `at`. */
export function wallTime(at: Date, timeZone: string): WallTime {
  const z = zoned(at, timeZone);
  return { year: z.getFullYear(), month: z.getMonth() + 1, day: z.getDate(), hour: z.getHours(), minute: z.getMinutes(), second: z.getSeconds() };
}

const asUtc = (w: WallTime) => Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);

/** Minutes the zone is ahead of UTC at `ms` (negative west of Greenwich), e.g. -420 for PDT. */
export function offsetMinutes(ms: number, timeZone: string): number {
  zoned(ms, timeZone);
  return Math.round(tzOffset(timeZone, new Date(ms)));
}

/**
 * The instant a local clock time names, the same in every runtime time zone. A time repeated
 * when clocks fall back is its earlier occurrence (01:30 on a fall-back night in Los Angeles is
 * 01:30 PDT); a time skipped when clocks spring forward moves ahead by the gap (02:30 on a
 * spring-forward night is 03:30 PDT), as Temporal's "compatible" rule does. TZDate's own
 * constructor is not used for this: in a repeated hour it picks either pass depending on the zone.
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

/** The local calendar day of an instant, "YYYY-MM-DD". */
export function localDay(at: Date, timeZone: string): string {
  return format(zoned(at, timeZone), "yyyy-MM-dd");
}

/** Parses "YYYY-MM-DD"; throws a RangeError on anything else. */
export function parseDay(day: string): { year: number; month: number; day: number } {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) throw new RangeError(`Expected a date as YYYY-MM-DD, got "${day}".`);
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

/** A calendar day as midnight in UTC, a zone without daylight time, so day counts never shift. */
function utcDay(day: string): TZDate {
  const d = parseDay(day);
  return new TZDate(Date.UTC(d.year, d.month - 1, d.day), "UTC");
}

/** The calendar day `days` after `day` (negative goes back), across month and year ends. */
export function addDays(day: string, days: number): string {
  return format(addCalendarDays(utcDay(day), days), "yyyy-MM-dd");
}

/** Whole calendar days from `from` to `to` ("2026-03-01" to "2026-03-04" is 3). */
export function daysBetween(from: string, to: string): number {
  return differenceInCalendarDays(utcDay(to), utcDay(from));
}

/** Minutes after midnight of a "HH:MM" clock time ("09:00" is 540); throws a RangeError otherwise. */
export function parseClock(hhmm: string): number {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(hhmm);
  if (!m) throw new RangeError(`Expected a clock time as HH:MM, got "${hhmm}".`);
  return Number(m[1]) * 60 + Number(m[2]);
}
