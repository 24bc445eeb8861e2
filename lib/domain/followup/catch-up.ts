import { FOLLOW_UP_CADENCE } from "../settings/defaults";
import { nextFollowUpAt, validateCadence, type FollowUpCadence } from "./cadence";
import { addDays, localDay, parseDay, wallTime, zonedTimeToUtc } from "./zoned-time";

/** The first moment at or after `at` inside the local follow-up window. */
export function nextWindowMoment(at: Date, timeZone: string, cadence: FollowUpCadence = FOLLOW_UP_CADENCE): Date {
  const { start, end } = validateCadence(cadence);
  const wall = wallTime(at, timeZone);
  const minutes = wall.hour * 60 + wall.minute;
  if (minutes >= start && minutes < end) return at;
  const day = minutes < start ? localDay(at, timeZone) : addDays(localDay(at, timeZone), 1);
  return zonedTimeToUtc({ ...parseDay(day), hour: Math.floor(start / 60), minute: start % 60, second: 0 }, timeZone);
}

/**
 * When the next follow-up attempt should happen, given how many were made: on the cadence's
 * day, or, when that moment already passed (the client sat without follow-up), at the next
 * window moment from now instead of a backdated task, so a late client gets one attempt now
 * rather than a pile of overdue ones. Null when every attempt is used.
 */
export function dueFollowUp(firstContactAt: Date, attemptsMade: number, timeZone: string, now: Date, cadence: FollowUpCadence = FOLLOW_UP_CADENCE): Date | null {
  const due = nextFollowUpAt(firstContactAt, attemptsMade, timeZone, cadence);
  if (!due) return null;
  return due.getTime() >= now.getTime() ? due : nextWindowMoment(now, timeZone, cadence);
}
