import { addDays, localDay, parseDay, zonedTimeToUtc } from "@/lib/domain/followup/zoned-time";

/** How far a task can be put off: an hour, to tomorrow morning, to next week, or to a chosen day. */
export const SNOOZE_CHOICES = ["hour", "tomorrow", "next_week", "date"] as const;
export type SnoozeChoice = (typeof SNOOZE_CHOICES)[number];

/** The local clock time a snoozed task comes back at on its day. */
export const SNOOZE_HOUR = 9;
/** The furthest a task can be put off, in days. */
export const MAX_SNOOZE_DAYS = 366;

const HOUR = 3_600_000;

/** 9am on a calendar day in a zone; a day that does not exist (February 30) is a RangeError. */
function morningOf(day: string, timeZone: string): Date {
  if (addDays(day, 0) !== day) throw new RangeError(`${day} is not a calendar date.`);
  return zonedTimeToUtc({ ...parseDay(day), hour: SNOOZE_HOUR, minute: 0, second: 0 }, timeZone);
}

/** 0 for Sunday through 6 for Saturday, of a "YYYY-MM-DD" calendar day. */
function weekday(day: string): number {
  const d = parseDay(day);
  return new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
}

/**
 * When a snoozed task is due again, in the client's time zone: "hour" one hour from now;
 * "tomorrow" 9am tomorrow; "next_week" 9am on the coming Monday (a week on, when today is
 * Monday); "date" 9am on the chosen "YYYY-MM-DD" day. Null for "date" without a day. Throws a
 * RangeError for an unknown zone or a day that is malformed or does not exist.
 */
export function snoozeUntil(choice: SnoozeChoice, now: Date, timeZone: string, day?: string): Date | null {
  if (choice === "hour") return new Date(now.getTime() + HOUR);
  const today = localDay(now, timeZone);
  if (choice === "tomorrow") return morningOf(addDays(today, 1), timeZone);
  if (choice === "next_week") return morningOf(addDays(today, ((8 - weekday(today)) % 7) || 7), timeZone);
  return day ? morningOf(day, timeZone) : null;
}

