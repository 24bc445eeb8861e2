import { and, eq, gt, isNotNull, isNull, lte, sql } from "drizzle-orm";
import { detectEscalations } from "@/lib/domain/escalation/triggers";
import type { Db } from "@/lib/db/client";
import { formatDuration } from "@/lib/domain/assignment/speed-to-lead";
import { localDay } from "@/lib/domain/followup/zoned-time";
import { clients, escalations, tasks } from "@/lib/db/schema";
import { publishEvent } from "@/lib/events/publish";
import { openEscalation } from "../escalations/open-escalation";
import { loadRoutingSettings } from "../intake/routing-settings";

const HOUR = 3_600_000;

/**
 * Reminds each seat of its open tasks due within the next hour, once per task (the row keeps
 * when it was reminded; SKIP LOCKED keeps two workers from reminding twice). Returns how many.
 */
export async function sweepTaskReminders(db: Db, now = new Date(), max = 500): Promise<number> {
  return db.transaction(async (tx) => {
    const due = await tx
      .select()
      .from(tasks)
      .where(and(eq(tasks.status, "open"), isNull(tasks.remindedAt), isNotNull(tasks.seatId), lte(tasks.dueAt, new Date(now.getTime() + HOUR)), gt(tasks.dueAt, new Date(now.getTime() - HOUR))))
      .limit(max)
      .for("update", { skipLocked: true });
    for (const t of due) {
      await tx.update(tasks).set({ remindedAt: now }).where(and(eq(tasks.organizationId, t.organizationId), eq(tasks.id, t.id)));
      const minutes = Math.round((t.dueAt!.getTime() - now.getTime()) / 60_000);
      await publishEvent(tx, { type: "task.reminder", organizationId: t.organizationId, clientId: t.clientId, seatIds: [t.seatId!], summary: `${minutes >= 0 ? `Due in ${formatDuration(minutes * 60)}` : `Overdue by ${formatDuration(-minutes * 60)}`}: ${t.title}` });
    }
    return due.length;
  });
}

/**
 * Brings to Jorge every contract deadline at risk: an open deadline task due within a day (or
 * missed in the last twelve hours), once per task: a resolved escalation is not reopened by the next sweep.
 */
export async function sweepDeadlineRisks(db: Db, now = new Date()): Promise<number> {
  const risky = await db
    .select({ t: tasks, zone: clients.timeZone })
    .from(tasks)
    .innerJoin(clients, and(eq(clients.organizationId, tasks.organizationId), eq(clients.id, tasks.clientId)))
    .where(and(eq(tasks.status, "open"), eq(tasks.kind, "deadline"), lte(tasks.dueAt, new Date(now.getTime() + 24 * HOUR)), gt(tasks.dueAt, new Date(now.getTime() - 12 * HOUR))));
  let opened = 0;
  for (const { t, zone } of risky) {
    const daysLeft = Math.max(0, Math.ceil((t.dueAt!.getTime() - now.getTime()) / (24 * HOUR)));
    const [finding] = detectEscalations({ deadlineAtRisk: { name: t.title, due: localDay(t.dueAt!, zone), daysLeft } }).findings;
    if (!finding) continue;
    const created = await db.transaction(async (tx) => {
      await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`deadline:${t.id}`}))`);
      const [seen] = await tx.select({ id: escalations.id }).from(escalations).where(and(eq(escalations.organizationId, t.organizationId), eq(escalations.trigger, "deadline_at_risk"), sql`${escalations.evidence} @> ${JSON.stringify({ taskId: t.id })}::jsonb`)).limit(1);
      if (seen) return false;
      const settings = await loadRoutingSettings(tx, t.organizationId);
      return (await openEscalation(tx, { organizationId: t.organizationId, clientId: t.clientId, seatId: t.seatId, ...finding, evidence: { ...finding.evidence, taskId: t.id }, trigger: "deadline_at_risk", onRepeat: "skip" }, settings.escalationSla, now)).created;
    });
    if (created) opened++;
  }
  return opened;
}
