import { SEVERITIES } from "../team/vocabulary";
import { groupKeyOf } from "./cause-key";

/** What needs Jorge himself comes first: a client asking for him, then distress, then a hot lead ready for his call. */
export const NEEDS_JORGE_FIRST = ["human_requested", "distress_words", "hot_qualified"] as const;

/** The note a repeat of an open escalation's cause leaves on it, instead of a new alert. */
export const REPEAT_NOTE_PREFIX = "Again: ";

/** The fields of an escalation the inbox orders and groups by. */
export interface InboxEscalation {
  id: string;
  trigger: string;
  severity: string;
  status: string;
  causeKey: string | null;
  clientId: string | null;
  ackDueAt: Date;
  resolveDueAt: Date;
  createdAt: Date;
  /** When the same cause was raised again while this escalation was open. */
  repeatedAt: readonly Date[];
}

/** Where a trigger stands in the inbox: the triggers that need Jorge himself first, every other one after them. */
export function triggerRank(trigger: string): number {
  const i = (NEEDS_JORGE_FIRST as readonly string[]).indexOf(trigger);
  return i < 0 ? NEEDS_JORGE_FIRST.length : i;
}

/** Critical 0 … low 3; an unknown severity last. */
export function severityRank(severity: string): number {
  const i = (SEVERITIES as readonly string[]).indexOf(severity);
  return i < 0 ? SEVERITIES.length : i;
}

/** The deadline an unresolved escalation works toward: acknowledging while open, resolving once acknowledged. */
export function nextDueAt(e: Pick<InboxEscalation, "status" | "ackDueAt" | "resolveDueAt">): Date {
  return e.status === "open" ? e.ackDueAt : e.resolveDueAt;
}

/**
 * Jorge's inbox order: a client asking for him, distress, a hot qualified lead, then the rest;
 * within each, the most severe first, then the nearest deadline, then the newest.
 */
export function compareForInbox(a: InboxEscalation, b: InboxEscalation): number {
  return triggerRank(a.trigger) - triggerRank(b.trigger)
    || severityRank(a.severity) - severityRank(b.severity)
    || nextDueAt(a).getTime() - nextDueAt(b).getTime()
    || b.createdAt.getTime() - a.createdAt.getTime();
}

/** Repeats of one cause, shown as one entry. */
export interface EscalationGroup<T extends InboxEscalation> {
  key: string;
  /** Its escalations in the order they came; the first one stands for the group. */
  items: T[];
  /** How many times the cause was raised: each escalation and each repeat folded into one. */
  count: number;
  /** The last time the cause was raised. */
  latestAt: Date;
  /** The escalations of the group still waiting for an acknowledgement. */
  openIds: string[];
}

/**
 * Folds escalations of one cause (same cause key, or for rows without one the same trigger and
 * client) into one group, keeping the order of the rows given: a group stands where its first
 * escalation stood, so a batch of nine deadline notices takes one place in the inbox.
 */
export function groupByCause<T extends InboxEscalation>(rows: readonly T[]): EscalationGroup<T>[] {
  const groups = new Map<string, EscalationGroup<T>>();
  for (const row of rows) {
    const key = groupKeyOf(row);
    const group = groups.get(key) ?? { key, items: [], count: 0, latestAt: row.createdAt, openIds: [] };
    groups.set(key, group);
    group.items.push(row);
    group.count += 1 + row.repeatedAt.length;
    for (const at of [row.createdAt, ...row.repeatedAt]) if (at > group.latestAt) group.latestAt = at;
    if (row.status === "open") group.openIds.push(row.id);
  }
  return [...groups.values()];
}
