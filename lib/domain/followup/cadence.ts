import { FOLLOW_UP_CADENCE } from "../settings/defaults";
import { addDays, assertTimeZone, localDay, parseClock, parseDay, wallTime, zonedTimeToUtc } from "./zoned-time";

/** When follow-ups are due: on listed days after the first contact, then at a fixed interval, inside a local window. */
export interface FollowUpCadence {
  /** Days after the first contact, in the client's calendar, one per attempt, ascending. */
  days: readonly number[];
  /** Days between attempts once the listed days are used up. */
  thenEveryDays: number;
  maxAttempts: number;
  /** Local clock time the window opens, "09:00". */
  windowStart: string;
  /** Local clock time the window closes, "18:00"; the window excludes it. */
  windowEnd: string;
}

/** Checks a cadence from settings; throws a RangeError that says what is wrong with it. */
export function validateCadence(cadence: FollowUpCadence): { start: number; end: number } {
  const start = parseClock(cadence.windowStart);
  const end = parseClock(cadence.windowEnd);
  if (start >= end) throw new RangeError(`The follow-up window must open before it closes (${cadence.windowStart}-${cadence.windowEnd}).`);
  if (!Number.isInteger(cadence.maxAttempts) || cadence.maxAttempts < 0) throw new RangeError("maxAttempts must be a whole number, 0 or more.");
  if (!Number.isInteger(cadence.thenEveryDays) || cadence.thenEveryDays < 1) throw new RangeError("thenEveryDays must be a whole number of days, 1 or more.");
  cadence.days.forEach((d, i) => {
    if (!Number.isInteger(d) || d < 1 || (i > 0 && d <= cadence.days[i - 1]!)) {
      throw new RangeError("Follow-up days must be whole numbers, 1 or more, in ascending order.");
    }
  });
  return { start, end };
}

/** The day after first contact on which attempt `n` (1-based) is due. */
export function followUpDay(n: number, cadence: FollowUpCadence = FOLLOW_UP_CADENCE): number {
  const listed = cadence.days[n - 1];
  if (listed !== undefined) return listed;
  const last = cadence.days[cadence.days.length - 1] ?? 0;
  return last + (n - cadence.days.length) * cadence.thenEveryDays;
}

/**
 * When the next follow-up is due, per Jorge's cadence (DOMAIN.md: days 2, 5, 8 ... 29, then
 * every 14 days, at most 10 attempts, 9am-6pm in the client's time zone). Attempt
 * `attemptsMade + 1` is due on its day after the first contact, counted in the client's local
 * calendar, at the local time of day of the first contact (to the minute) when that falls
 * inside the window. Earlier than the window moves to its opening on the same day; at or after
 * its close moves to its opening on the next local day, so a follow-up is never earlier than
 * its day. Null once every attempt is used. Throws a RangeError for an unknown time zone.
 */
export function nextFollowUpAt(firstContactAt: Date, attemptsMade: number, timeZone: string, cadence: FollowUpCadence = FOLLOW_UP_CADENCE): Date | null {
  assertTimeZone(timeZone);
  const { start, end } = validateCadence(cadence);
  if (!Number.isInteger(attemptsMade) || attemptsMade < 0) throw new RangeError(`attemptsMade must be a whole number, 0 or more (got ${attemptsMade}).`);
  if (attemptsMade >= cadence.maxAttempts) return null;
  const first = wallTime(firstContactAt, timeZone);
  let due = addDays(localDay(firstContactAt, timeZone), followUpDay(attemptsMade + 1, cadence));
  let minutes = first.hour * 60 + first.minute;
  if (minutes < start) minutes = start;
  else if (minutes >= end) [due, minutes] = [addDays(due, 1), start];
  return zonedTimeToUtc({ ...parseDay(due), hour: Math.floor(minutes / 60), minute: minutes % 60, second: 0 }, timeZone);
}

/** Whether `at` falls inside the follow-up window [windowStart, windowEnd) of the client's local clock. */
export function isInsideWindow(at: Date, timeZone: string, cadence: FollowUpCadence = FOLLOW_UP_CADENCE): boolean {
  const { start, end } = validateCadence(cadence);
  const w = wallTime(at, timeZone);
  const minutes = w.hour * 60 + w.minute + w.second / 60;
  return minutes >= start && minutes < end;
}

/** Every follow-up of a client, first to last: `maxAttempts` instants (10 with Jorge's defaults). */
export function followUpSchedule(firstContactAt: Date, timeZone: string, cadence: FollowUpCadence = FOLLOW_UP_CADENCE): Date[] {
  assertTimeZone(timeZone);
  const schedule: Date[] = [];
  for (let made = 0; made < cadence.maxAttempts; made++) {
    const at = nextFollowUpAt(firstContactAt, made, timeZone, cadence);
    if (at) schedule.push(at);
  }
  return schedule;
}
