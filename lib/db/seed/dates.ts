/** Date arithmetic for the seed: instants as Date, calendar days as "YYYY-MM-DD" strings. */

/** Milliseconds per minute, hour and day. */
export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
/** The time zone of every seeded market and client. */
export const TIME_ZONE = "America/Los_Angeles";
/** How long before asOf the organization was founded; every seeded history fits inside it. */
export const ORGANIZATION_AGE_DAYS = 1_095;

/** The instant `minutes` after `d` (negative goes back). */
export function addMinutes(d: Date, minutes: number): Date {
  return new Date(d.getTime() + Math.round(minutes * MINUTE));
}

/** The instant `days` after `d`, fractions allowed. */
export function addDays(d: Date, days: number): Date {
  return new Date(d.getTime() + Math.round(days * DAY));
}

/** The later of two instants. */
export function maxDate(a: Date, b: Date): Date {
  return a.getTime() >= b.getTime() ? a : b;
}

/** The earlier of two instants. */
export function minDate(a: Date, b: Date): Date {
  return a.getTime() <= b.getTime() ? a : b;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
const dstCache = new Map<number, readonly [number, number]>();

/** Pacific daylight time runs from the second Sunday of March to the first Sunday of November, 2am local. */
function pacificOffsetMinutes(ms: number): number {
  const year = new Date(ms).getUTCFullYear();
  let bounds = dstCache.get(year);
  if (!bounds) {
    const march = new Date(Date.UTC(year, 2, 1)).getUTCDay();
    const november = new Date(Date.UTC(year, 10, 1)).getUTCDay();
    bounds = [Date.UTC(year, 2, 1 + ((7 - march) % 7) + 7, 10), Date.UTC(year, 10, 1 + ((7 - november) % 7), 9)];
    dstCache.set(year, bounds);
  }
  return ms >= bounds[0] && ms < bounds[1] ? -420 : -480;
}

function wallClock(d: Date, timeZone: string) {
  if (timeZone === TIME_ZONE) {
    const local = new Date(d.getTime() + pacificOffsetMinutes(d.getTime()) * MINUTE);
    return { year: local.getUTCFullYear(), month: local.getUTCMonth() + 1, day: local.getUTCDate(), hour: local.getUTCHours(), minute: local.getUTCMinutes(), second: local.getUTCSeconds() };
  }
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", { timeZone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit" });
    formatters.set(timeZone, f);
  }
  const parts: Record<string, number> = {};
  for (const p of f.formatToParts(d)) if (p.type !== "literal") parts[p.type] = Number(p.value);
  return { year: parts.year!, month: parts.month!, day: parts.day!, hour: parts.hour!, minute: parts.minute!, second: parts.second! };
}

/** The calendar day of an instant in a time zone, as "YYYY-MM-DD". */
export function localDate(d: Date, timeZone = TIME_ZONE): string {
  const w = wallClock(d, timeZone);
  return `${w.year}-${String(w.month).padStart(2, "0")}-${String(w.day).padStart(2, "0")}`;
}

/** The local calendar day ("YYYY-MM-DD"), weekday (0 = Sunday) and hour of an instant, read from one clock lookup. */
export function localMoment(d: Date, timeZone = TIME_ZONE): { day: string; weekday: number; hour: number } {
  const w = wallClock(d, timeZone);
  const day = `${w.year}-${String(w.month).padStart(2, "0")}-${String(w.day).padStart(2, "0")}`;
  return { day, weekday: new Date(Date.UTC(w.year, w.month - 1, w.day)).getUTCDay(), hour: w.hour };
}

/** The local hour (0-23) of an instant in a time zone. */
export function localHour(d: Date, timeZone = TIME_ZONE): number {
  return wallClock(d, timeZone).hour;
}

function offsetAt(ms: number, timeZone: string): number {
  const w = wallClock(new Date(ms), timeZone);
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - Math.floor(ms / 1000) * 1000;
}

/** The instant at which a wall clock in `timeZone` shows `day` at hour:minute. */
export function atLocalTime(day: string, hour: number, minute: number, timeZone = TIME_ZONE): Date {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  const wall = Date.UTC(y, m - 1, d, hour, minute);
  const first = wall - offsetAt(wall, timeZone);
  return new Date(wall - offsetAt(first, timeZone));
}

/** A calendar day shifted by whole days. */
export function shiftDay(day: string, days: number): string {
  const t = Date.parse(`${day}T00:00:00Z`) + days * DAY;
  return new Date(t).toISOString().slice(0, 10);
}

/** 0 = Sunday ... 6 = Saturday. */
export function weekday(day: string): number {
  return new Date(`${day}T00:00:00Z`).getUTCDay();
}

/** The day itself, or the following Monday when it falls on a weekend. */
export function rollToBusinessDay(day: string): string {
  const wd = weekday(day);
  return wd === 6 ? shiftDay(day, 2) : wd === 0 ? shiftDay(day, 1) : day;
}

/** The day `count` business days (Monday-Friday) after `day`. */
export function addBusinessDays(day: string, count: number): string {
  let out = day;
  for (let left = count; left > 0; ) {
    out = shiftDay(out, 1);
    const wd = weekday(out);
    if (wd !== 0 && wd !== 6) left--;
  }
  return out;
}

/** The first day of the month `monthsBack` months before the month of `day`. */
export function monthStart(day: string, monthsBack: number): string {
  const [y, m] = day.split("-").map(Number) as [number, number];
  const index = y * 12 + (m - 1) - monthsBack;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}-01`;
}

/** Whole days from day a to day b (b - a). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY);
}
