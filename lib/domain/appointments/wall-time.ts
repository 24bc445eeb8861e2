import { TZDate } from "@date-fns/tz";
import { assertTimeZone, wallTime, zonedTimeToUtc } from "../followup/zoned-time";

const WALL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const pad = (n: number) => String(n).padStart(2, "0");

/** True when the name is a time zone this runtime knows, such as "America/Los_Angeles"; bare abbreviations ("PST", "Pacific") are not. */
export function isTimeZone(name: string): boolean {
  if (!name.includes("/") && name !== "UTC") return false;
  try {
    assertTimeZone(name);
    return true;
  } catch {
    return false;
  }
}

export type WallTimeReading = { ok: true; at: Date } | { ok: false; error: string };

/**
 * Reads a date-time field's "YYYY-MM-DDTHH:MM" as the clock on the wall in a time zone and
 * gives the instant. A date that does not exist (February 30) and an hour skipped when clocks
 * spring forward are refused with words that say so; an hour that happens twice in the fall
 * reads as the first of the two (zonedTimeToUtc's rule).
 */
export function wallTimeToInstant(value: string, timeZone: string): WallTimeReading {
  const m = WALL.exec(value.trim());
  if (!m) return { ok: false, error: "Enter the date and the time, for example 2026-03-14 10:30." };
  const [year, month, day, hour, minute] = m.slice(1).map(Number) as [number, number, number, number, number];
  if (!isTimeZone(timeZone)) return { ok: false, error: `The time zone "${timeZone}" is unknown; set the client's time zone in the profile first.` };
  if (!isCalendarDay(value.trim().slice(0, 10))) {
    return { ok: false, error: `${value.slice(0, 10)} is not a date on the calendar; check the day and the month.` };
  }
  if (hour > 23 || minute > 59) return { ok: false, error: `${pad(hour)}:${pad(minute)} is not a time on the clock; use 00:00 to 23:59.` };
  const at = zonedTimeToUtc({ year, month, day, hour, minute, second: 0 }, timeZone);
  const shown = wallTime(at, timeZone);
  if (shown.hour !== hour || shown.minute !== minute) {
    return { ok: false, error: `${pad(hour)}:${pad(minute)} does not exist on ${value.slice(0, 10)} in ${timeZone}: the clocks jump forward an hour then. Pick a time an hour later.` };
  }
  return { ok: true, at };
}

/**
 * An instant as the wall clock in a time zone shows it, "YYYY-MM-DDTHH:MM" (the value a
 * date-time field takes). An unknown zone gives "NaN" fields rather than an error, so a page
 * showing a client with a bad stored zone still renders.
 */
export function instantToWallTime(at: Date, timeZone: string): string {
  const z = new TZDate(at.getTime(), timeZone);
  return `${z.getFullYear()}-${pad(z.getMonth() + 1)}-${pad(z.getDate())}T${pad(z.getHours())}:${pad(z.getMinutes())}`;
}

/** The calendar day "YYYY-MM-DD" an instant falls on in a time zone. */
export function dayInZone(at: Date, timeZone: string): string {
  return instantToWallTime(at, timeZone).slice(0, 10);
}

/** True when the text is a real calendar day written "YYYY-MM-DD". */
export function isCalendarDay(text: string): boolean {
  const m = DAY.exec(text);
  if (!m) return false;
  const [year, month, day] = m.slice(1).map(Number) as [number, number, number];
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/**
 * The instant a calendar day "YYYY-MM-DD" begins in a time zone (midnight, or the first minute
 * that exists when clocks skip midnight); an Invalid Date for an unknown zone, as TZDate gives.
 */
export function startOfDayInZone(day: string, timeZone: string): Date {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  try {
    return zonedTimeToUtc({ year, month, day: date, hour: 0, minute: 0, second: 0 }, timeZone);
  } catch {
    return new Date(Number.NaN);
  }
}

export { addDays } from "../followup/zoned-time";
