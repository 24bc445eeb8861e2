import { formatDuration } from "../assignment/speed-to-lead";
import { addDays, assertTimeZone, localDay } from "../followup/zoned-time";
import { ESCALATION_SLA } from "../settings/defaults";
import type { Severity } from "../team/vocabulary";

export type SlaState = "on_time" | "ack_overdue" | "resolve_overdue" | "met" | "breached";

/** The timestamps of one escalation that its service level reads. */
export interface SlaEscalation {
  status: "open" | "acknowledged" | "resolved";
  ackDueAt: Date;
  resolveDueAt: Date;
  acknowledgedAt: Date | null;
  resolvedAt: Date | null;
}

const MINUTE = 60_000;
/** Whole minutes from `from` to `to`, rounded up: 30 seconds left still reads "1 min". */
const minutesBetween = (from: Date, to: Date) => Math.max(0, Math.ceil((to.getTime() - from.getTime()) / MINUTE));
const inWords = (minutes: number) => formatDuration(minutes * 60);

/**
 * Where an escalation stands against its deadlines. Open: on time until the acknowledge
 * deadline, then ack_overdue, then resolve_overdue once the resolve deadline passed too.
 * Acknowledged: on time until the resolve deadline, then resolve_overdue. Resolved: met when
 * it was acknowledged and resolved by their deadlines, else breached; resolving without a
 * separate acknowledgement acknowledges it, and a missing timestamp is not held against it.
 * overdueMinutes counts the worst lateness, rounded up; dueAt is the next deadline (null once resolved).
 */
export function slaStatus(e: SlaEscalation, now: Date): { state: SlaState; overdueMinutes: number; dueAt: Date | null; label: string } {
  if (e.status === "resolved") {
    const ackedAt = e.acknowledgedAt ?? e.resolvedAt;
    const ackLate = ackedAt ? minutesBetween(e.ackDueAt, ackedAt) : 0;
    const resolveLate = e.resolvedAt ? minutesBetween(e.resolveDueAt, e.resolvedAt) : 0;
    if (ackLate === 0 && resolveLate === 0) return { state: "met", overdueMinutes: 0, dueAt: null, label: "Resolved on time" };
    const label = resolveLate > 0 ? `Resolved ${inWords(resolveLate)} late` : `Resolved on time, acknowledged ${inWords(ackLate)} late`;
    return { state: "breached", overdueMinutes: Math.max(ackLate, resolveLate), dueAt: null, label };
  }
  if (now > e.resolveDueAt) {
    const late = minutesBetween(e.resolveDueAt, now);
    return { state: "resolve_overdue", overdueMinutes: late, dueAt: e.resolveDueAt, label: `Resolve overdue by ${inWords(late)}` };
  }
  if (e.status === "open" && now > e.ackDueAt) {
    const late = minutesBetween(e.ackDueAt, now);
    return { state: "ack_overdue", overdueMinutes: late, dueAt: e.ackDueAt, label: `Acknowledge overdue by ${inWords(late)}` };
  }
  const [verb, dueAt] = e.status === "open" ? ["Acknowledge", e.ackDueAt] : ["Resolve", e.resolveDueAt];
  const left = minutesBetween(now, dueAt);
  return { state: "on_time", overdueMinutes: 0, dueAt, label: left > 0 ? `${verb} within ${inWords(left)}` : `${verb} now` };
}

/** The acknowledge and resolve deadlines of an escalation raised at `createdAt`, per the severity's SLA. */
export function slaDueDates(
  severity: Severity,
  createdAt: Date,
  sla: Record<Severity, { ackMinutes: number; resolveMinutes: number }> = ESCALATION_SLA,
): { ackDueAt: Date; resolveDueAt: Date } {
  const { ackMinutes, resolveMinutes } = sla[severity];
  return { ackDueAt: new Date(createdAt.getTime() + ackMinutes * MINUTE), resolveDueAt: new Date(createdAt.getTime() + resolveMinutes * MINUTE) };
}

/**
 * Escalations per trigger per local day, for a chart: `days` entries from the local day of
 * `from`, empty days included. Every trigger seen in the range appears on every day (0 where
 * none), so stacked series line up; rows outside the range are ignored.
 */
export function countByTrigger(
  rows: readonly { trigger: string; createdAt: Date }[],
  from: Date,
  days: number,
  timeZone: string,
): { day: string; counts: Record<string, number> }[] {
  assertTimeZone(timeZone);
  if (!Number.isInteger(days) || days < 0) throw new RangeError(`days must be a whole number, 0 or more (got ${days}).`);
  const first = localDay(from, timeZone);
  const dayList = Array.from({ length: days }, (_, i) => addDays(first, i));
  const index = new Map(dayList.map((d, i) => [d, i]));
  const seen = new Set<string>();
  const hits: [number, string][] = [];
  for (const r of rows) {
    const i = index.get(localDay(r.createdAt, timeZone));
    if (i === undefined) continue;
    seen.add(r.trigger);
    hits.push([i, r.trigger]);
  }
  const triggers = [...seen].sort();
  const out = dayList.map((day) => ({ day, counts: Object.fromEntries(triggers.map((t) => [t, 0])) as Record<string, number> }));
  for (const [i, trigger] of hits) out[i]!.counts[trigger]! += 1;
  return out;
}
