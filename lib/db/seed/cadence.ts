import { FOLLOW_UP_CADENCE, FOLLOW_UP_STAGES } from "../../domain/settings/defaults";
import { localDate, shiftDay } from "./dates";
import type { Prng } from "./prng";
import type { ClientInfo } from "./types";
import { CADENCE_HOURS, momentOn } from "./working-hours";

/** Share of nurtured clients whose last due follow-up sat unattended: its task is still open, past due. */
const MISSED = 0.25;
const STAGES = new Set(FOLLOW_UP_STAGES);

/** The cadence's days after first contact: days 2, 5, 8 ... 29, then every 14 days, up to the attempt limit. */
export function cadenceDays(): number[] {
  const { days, thenEveryDays, maxAttempts } = FOLLOW_UP_CADENCE;
  return Array.from({ length: maxAttempts }, (_, k) => days[k] ?? days[days.length - 1]! + thenEveryDays * (k - days.length + 1));
}

/**
 * After the conversation, the one open follow-up a nurtured client has: the next attempt on its
 * cadence day inside 9am-6pm (today or later), or now and then one that came due and sat
 * unattended. Nothing once the attempts are used up.
 */
export function recordCadenceAhead(rng: Prng, c: ClientInfo, asOf: Date): void {
  if (!STAGES.has(c.stage) || c.optedOut || c.cadence.length >= FOLLOW_UP_CADENCE.maxAttempts) return;
  const first = localDate(c.createdAt);
  const last = c.cadence[c.cadence.length - 1]?.doneAt ?? c.createdAt;
  for (const d of cadenceDays()) {
    const day = shiftDay(first, d);
    if (day <= localDate(last)) continue;
    const due = momentOn(rng, day, CADENCE_HOURS);
    if (!due) continue;
    if (due.getTime() >= asOf.getTime() || rng.chance(MISSED)) {
      c.cadence.push({ attempt: c.cadence.length + 1, dueAt: due, doneAt: null });
      return;
    }
  }
}
