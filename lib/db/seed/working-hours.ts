import { addMinutes, atLocalTime, localMoment, shiftDay, weekday } from "./dates";
import type { Prng } from "./prng";

/** Opening hours per weekday (0 = Sunday), [from, to) in local hours; null when closed. */
export type Hours = readonly (readonly [number, number] | null)[];

/** When the team's people work: weekdays 8am-7pm, Saturdays 9am-5pm. */
export const TEAM_HOURS: Hours = [null, [8, 19], [8, 19], [8, 19], [8, 19], [8, 19], [9, 17]];
/** When texts and calls may reach a client: 8am-9pm local, every day (TCPA quiet hours). */
export const TEXT_HOURS: Hours = Array.from({ length: 7 }, () => [8, 21] as const);
/** When an AI seat sends e-mail or chat: early morning to late evening. */
export const WRITTEN_HOURS: Hours = Array.from({ length: 7 }, () => [6, 23] as const);
/** When clients write back. */
export const CLIENT_HOURS: Hours = Array.from({ length: 7 }, () => [7, 23] as const);
/** Jorge's follow-up window (9am-6pm) on any day. */
export const CADENCE_HOURS: Hours = Array.from({ length: 7 }, () => [9, 18] as const);

/** How likely a lead arrives in each local hour of a weekday, relative to the busiest hour. */
const LEAD_HOURS = [0.04, 0.03, 0.02, 0.02, 0.03, 0.06, 0.15, 0.35, 0.65, 0.9, 1, 1, 0.9, 0.95, 1, 1, 0.95, 0.85, 0.7, 0.65, 0.55, 0.4, 0.2, 0.1];
/** Sunday to Saturday: weekends bring about half a weekday's leads. */
const LEAD_DAYS = [0.45, 1, 1, 1, 1, 0.95, 0.55];

/** The relative chance that a lead arrives at this moment. */
export function arrivalWeight(t: Date): number {
  const m = localMoment(t);
  return LEAD_HOURS[m.hour]! * LEAD_DAYS[m.weekday]!;
}

/**
 * A lead's arrival between lo and hi, weighted to weekday business hours with some evenings and
 * weekends (rejection sampling; a narrow night-time range keeps its last draw).
 */
export function drawArrival(rng: Prng, lo: Date, hi: Date): Date {
  const span = Math.max(0, hi.getTime() - lo.getTime());
  let t = lo;
  for (let i = 0; i < 24; i++) {
    t = new Date(lo.getTime() + Math.floor(rng.float() * span));
    if (rng.float() < arrivalWeight(t)) return t;
  }
  return t;
}

/** True when the moment falls inside the opening hours. */
export function isOpen(t: Date, hours: Hours): boolean {
  const m = localMoment(t);
  const w = hours[m.weekday];
  return !!w && m.hour >= w[0] && m.hour < w[1];
}

/** The moment itself when open, else the next opening. */
export function nextOpen(t: Date, hours: Hours): Date {
  if (isOpen(t, hours)) return t;
  let day = localMoment(t).day;
  for (let i = 0; i < 8; i++, day = shiftDay(day, 1)) {
    const w = hours[weekday(day)];
    if (!w) continue;
    const [open, close] = [atLocalTime(day, w[0], 0), atLocalTime(day, w[1], 0)];
    if (t.getTime() < close.getTime()) return t.getTime() > open.getTime() ? t : open;
  }
  return t;
}

/** The moment itself when open, else the last open minute before it (the end of the previous opening). */
export function lastOpenBefore(t: Date, hours: Hours): Date {
  if (isOpen(t, hours)) return t;
  let day = localMoment(t).day;
  for (let i = 0; i < 8; i++, day = shiftDay(day, -1)) {
    const w = hours[weekday(day)];
    if (!w) continue;
    const close = addMinutes(atLocalTime(day, w[1], 0), -1);
    if (close.getTime() <= t.getTime()) return close;
  }
  return t;
}

/** A moment `minutes` after t, moved to the next opening (plus a little) when that falls outside the hours. */
export function laterWithin(rng: Prng, t: Date, minutes: number, hours: Hours, settle = 20): Date {
  const candidate = addMinutes(t, minutes);
  if (isOpen(candidate, hours)) return candidate;
  const opened = addMinutes(nextOpen(candidate, hours), rng.between(2, settle));
  return isOpen(opened, hours) ? opened : nextOpen(opened, hours);
}

/** When a seat answers a client: an AI within minutes, a person within minutes to hours, both inside their hours. */
export function teamReplyAt(rng: Prng, after: Date, kind: "ai" | "human", channel: string): Date {
  const voice = channel === "sms" || channel === "call" || channel === "voicemail";
  if (kind === "ai") return laterWithin(rng, after, Math.min(15, rng.lognormal(2.5, 0.6) + 0.3), voice ? TEXT_HOURS : WRITTEN_HOURS, 40);
  return laterWithin(rng, after, Math.min(300, rng.lognormal(28, 1) + 2), TEAM_HOURS, 75);
}

/** When a client writes back: often within the hour, sometimes the next day, rarely at night. */
export function clientReplyAt(rng: Prng, after: Date): Date {
  return laterWithin(rng, after, Math.min(1_800, rng.lognormal(40, 1.3) + 1), CLIENT_HOURS, 120);
}

/** A moment on a calendar day inside the hours (on the quarter hour when `grid`), or null when closed that day. */
export function momentOn(rng: Prng, day: string, hours: Hours, grid = false): Date | null {
  const w = hours[weekday(day)];
  if (!w) return null;
  const minutes = rng.int(w[0] * 60, w[1] * 60 - (grid ? 60 : 1));
  const m = grid ? Math.floor(minutes / 15) * 15 : minutes;
  return atLocalTime(day, Math.floor(m / 60), m % 60);
}
