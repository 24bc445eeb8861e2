import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { BUSINESS_TIME_ZONE } from "@/lib/domain/followup/business-time";
import { assertTimeZone } from "@/lib/domain/followup/zoned-time";
import type { Db } from "@/lib/db/client";
import { recordAudit } from "@/lib/db/queries/audit";
import type { ViewerRecord } from "@/lib/db/queries/users";
import { tasks } from "@/lib/db/schema";
import { describeIssues, fail, ok, type Result } from "../result";
import { notOpen } from "./complete-task";
import { MAX_SNOOZE_DAYS, SNOOZE_CHOICES, snoozeUntil } from "./snooze-time";
import { taskIdSchema, taskToAct } from "./task-access";

const snoozeSchema = z.object({
  taskId: taskIdSchema,
  until: z.enum(SNOOZE_CHOICES, "Choose how long to snooze: an hour, tomorrow, next week or a date"),
  day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Pick the day as a date (YYYY-MM-DD)").optional(),
}).refine((v) => v.until !== "date" || v.day !== undefined, { path: ["day"], message: "Pick the day the task should come back" });

const DAY = 86_400_000;

/** The client's zone, or the business's when Intl does not know the stored one. */
function knownZone(timeZone: string): string {
  try {
    assertTimeZone(timeZone);
    return timeZone;
  } catch {
    return BUSINESS_TIME_ZONE;
  }
}

/**
 * Puts an open task off (see snoozeUntil: an hour, 9am tomorrow or next Monday, or 9am on a
 * chosen day, in the client's time zone) and clears its reminder, so the seat is reminded again
 * before the new time. A chosen day whose 9am has passed, or more than a year ahead, is refused.
 */
export async function snoozeTask(db: Db, viewer: ViewerRecord, input: unknown, now = new Date()): Promise<Result<{ id: string; clientId: string; dueAt: Date }>> {
  const parsed = snoozeSchema.safeParse(input);
  if (!parsed.success) return fail(400, describeIssues(parsed.error));
  const { taskId, until, day } = parsed.data;
  return db.transaction(async (tx) => {
    const found = await taskToAct(tx, viewer, taskId);
    if (!found.ok) return found;
    const task = found.data;
    if (task.status !== "open") return notOpen(task.status);
    let dueAt: Date | null;
    try {
      dueAt = snoozeUntil(until, now, knownZone(task.clientTimeZone), until === "date" ? day : undefined);
    } catch {
      return fail(400, "day: that is not a calendar date; pick the day from the date field.");
    }
    if (!dueAt || dueAt.getTime() <= now.getTime()) return fail(400, "day: 9am on that day has already passed where the client is; pick a later day.");
    if (dueAt.getTime() > now.getTime() + MAX_SNOOZE_DAYS * DAY) return fail(400, "day: a task can be snoozed up to a year ahead; pick an earlier day.");
    await tx.update(tasks).set({ dueAt, remindedAt: null }).where(and(eq(tasks.organizationId, task.organizationId), eq(tasks.id, task.id)));
    await recordAudit(tx, {
      organizationId: task.organizationId, actorType: "user", actorId: viewer.userId, action: "task.snoozed", entityType: "task", entityId: task.id,
      data: { clientId: task.clientId, until, from: task.dueAt?.toISOString() ?? null, to: dueAt.toISOString() },
    });
    return ok({ id: task.id, clientId: task.clientId, dueAt });
  });
}
