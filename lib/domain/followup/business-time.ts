import { zonedTimeToUtc } from "./zoned-time";

/** The business's own time zone (Rancho Cucamonga). */
export const BUSINESS_TIME_ZONE = "America/Los_Angeles";

/**
 * Reads a "YYYY-MM-DDTHH:MM" value from a date-time field as the business's local time and
 * returns the instant, or the text unchanged when it is not in that form, so the caller's
 * validation names the problem.
 */
export function businessLocalTime(value: string, timeZone = BUSINESS_TIME_ZONE): Date | string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!m) return value;
  const [year, month, day, hour, minute] = m.slice(1).map(Number) as [number, number, number, number, number];
  return zonedTimeToUtc({ year, month, day, hour, minute, second: 0 }, timeZone);
}
