import { and, eq } from "drizzle-orm";
import { deadlineDetail, draftCauseKey } from "@/lib/domain/escalation/cause-key";
import { localDay } from "@/lib/domain/followup/zoned-time";
import type { Tx } from "@/lib/db/client";
import { clients, tasks, transactions } from "@/lib/db/schema";

const DEFAULT_TIME_ZONE = "America/Los_Angeles";
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** What openEscalation knows of a new escalation when it works out its cause. */
export interface CauseDraft {
  organizationId: string;
  clientId: string | null;
  trigger: string;
  summary: string;
  evidence?: Record<string, unknown>;
}

/**
 * The deadline a "deadline at risk" is about: the transaction and the client's local day its
 * deadline task falls on (a task due at 5pm Pacific is that day, whatever the UTC date says).
 * The transaction is the client's open one with a contract date on that day, else its only open one.
 */
async function deadlineOf(tx: Tx, d: CauseDraft): Promise<string | null> {
  if (!d.clientId) return null;
  const [client] = await tx.select({ timeZone: clients.timeZone }).from(clients).where(and(eq(clients.organizationId, d.organizationId), eq(clients.id, d.clientId)));
  const timeZone = client?.timeZone ?? DEFAULT_TIME_ZONE;
  let day = typeof d.evidence?.due === "string" && DAY.test(d.evidence.due) ? d.evidence.due : null;
  if (typeof d.evidence?.taskId === "string") {
    const [task] = await tx.select({ dueAt: tasks.dueAt }).from(tasks).where(and(eq(tasks.organizationId, d.organizationId), eq(tasks.id, d.evidence.taskId)));
    if (task?.dueAt) day = localDay(task.dueAt, timeZone);
  }
  if (!day) return null;
  const open = await tx
    .select({ id: transactions.id, dates: transactions.contractDates })
    .from(transactions)
    .where(and(eq(transactions.organizationId, d.organizationId), eq(transactions.clientId, d.clientId), eq(transactions.status, "open")));
  const onDay = open.find((t) => Object.values((t.dates ?? {}) as Record<string, unknown>).includes(day));
  const transactionId = typeof d.evidence?.transactionId === "string" ? d.evidence.transactionId : (onDay ?? (open.length === 1 ? open[0] : undefined))?.id ?? null;
  return deadlineDetail(transactionId, day);
}

/**
 * The cause key of an escalation a caller opens without naming one: trigger and client, plus
 * for a deadline at risk the transaction and day it is about (from the task or date in its
 * evidence), so two deadlines of one client are two causes and the same deadline twice is one.
 */
export async function causeKeyOf(tx: Tx, d: CauseDraft): Promise<string> {
  const detail = d.trigger === "deadline_at_risk" ? await deadlineOf(tx, d) : null;
  return draftCauseKey({ ...d, detail });
}
