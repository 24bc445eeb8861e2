import { and, eq, inArray, isNull, lt, or } from "drizzle-orm";
import { formatDuration } from "@/lib/domain/assignment/speed-to-lead";
import type { Db } from "@/lib/db/client";
import { escalations } from "@/lib/db/schema";
import { publishEvent } from "@/lib/events/publish";

/**
 * Announces each escalation whose acknowledge or resolve deadline just passed, once per
 * deadline: the row remembers when it was announced, and rows are claimed with SKIP LOCKED so
 * two workers never announce the same breach. Returns how many were announced.
 */
export async function sweepEscalationSlas(db: Db, now = new Date(), max = 200): Promise<number> {
  return db.transaction(async (tx) => {
    const ackLate = and(eq(escalations.status, "open"), lt(escalations.ackDueAt, now), isNull(escalations.overdueNotifiedAt));
    const resolveLate = and(lt(escalations.resolveDueAt, now), or(isNull(escalations.overdueNotifiedAt), lt(escalations.overdueNotifiedAt, escalations.resolveDueAt)));
    const due = await tx
      .select()
      .from(escalations)
      .where(and(inArray(escalations.status, ["open", "acknowledged"]), or(ackLate, resolveLate)))
      .limit(max)
      .for("update", { skipLocked: true });
    for (const e of due) {
      const resolveBreached = e.resolveDueAt.getTime() < now.getTime();
      const late = formatDuration(Math.round((now.getTime() - (resolveBreached ? e.resolveDueAt : e.ackDueAt).getTime()) / 60_000) * 60);
      await tx.update(escalations).set({ overdueNotifiedAt: now }).where(and(eq(escalations.organizationId, e.organizationId), eq(escalations.id, e.id)));
      await publishEvent(tx, {
        type: "escalation.overdue", organizationId: e.organizationId, clientId: e.clientId, seatIds: e.seatId ? [e.seatId] : [],
        summary: `${resolveBreached ? "Resolve" : "Acknowledge"} deadline passed ${late} ago: ${e.summary}`,
      });
    }
    return due.length;
  });
}
