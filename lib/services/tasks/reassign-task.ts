import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { BUSINESS_TIME_ZONE } from "@/lib/domain/followup/business-time";
import type { Db } from "@/lib/db/client";
import { recordAudit } from "@/lib/db/queries/audit";
import type { ViewerRecord } from "@/lib/db/queries/users";
import { seats, tasks, users } from "@/lib/db/schema";
import { notifySeat } from "../notices/notify-seat";
import { describeIssues, fail, ok, type Result } from "../result";
import { notOpen } from "./complete-task";
import { taskIdSchema, taskToAct } from "./task-access";

const reassignSchema = z.object({ taskId: taskIdSchema, seatId: z.guid("Choose the teammate who takes the task") });

/** "Dec 2, 9:00 AM PST": a due time as the client's clock shows it (the business's, for a zone Intl does not know). */
function dueWords(at: Date, timeZone: string): string {
  const words = (zone: string) => at.toLocaleString("en-US", { month: "short", day: "numeric", hour: "numeric", minute: "2-digit", timeZone: zone, timeZoneName: "short" });
  try {
    return words(timeZone);
  } catch {
    return words(BUSINESS_TIME_ZONE);
  }
}

/**
 * Gives an open task to another seat of the team (see taskToAct for who may). The new seat must
 * exist and, when a person holds it, their account must be enabled. The task keeps its due time,
 * its reminder is cleared so the new seat is reminded, and the new seat is told with a notice
 * unless the viewer took the task for their own seat.
 */
export async function reassignTask(db: Db, viewer: ViewerRecord, input: unknown, now = new Date()): Promise<Result<{ id: string; clientId: string; seatId: string; seatName: string }>> {
  const parsed = reassignSchema.safeParse(input);
  if (!parsed.success) return fail(400, describeIssues(parsed.error));
  const { taskId, seatId } = parsed.data;
  return db.transaction(async (tx) => {
    const found = await taskToAct(tx, viewer, taskId);
    if (!found.ok) return found;
    const task = found.data;
    if (task.status !== "open") return notOpen(task.status);
    if (task.seatId === seatId) return fail(409, "seatId: the task is already that seat's; choose another teammate.");
    const [target] = await tx
      .select({ id: seats.id, name: seats.name, disabledAt: users.disabledAt })
      .from(seats)
      .leftJoin(users, and(eq(users.organizationId, seats.organizationId), eq(users.id, seats.userId)))
      .where(and(eq(seats.organizationId, task.organizationId), eq(seats.id, seatId)));
    if (!target) return fail(422, "seatId: no such seat on the team; choose a teammate from the list.");
    if (target.disabledAt) return fail(422, "seatId: that teammate's account is disabled; choose someone who can sign in.");
    await tx.update(tasks).set({ seatId, remindedAt: null }).where(and(eq(tasks.organizationId, task.organizationId), eq(tasks.id, task.id)));
    await recordAudit(tx, {
      organizationId: task.organizationId, actorType: "user", actorId: viewer.userId, action: "task.reassigned", entityType: "task", entityId: task.id,
      data: { clientId: task.clientId, from: task.seatId, to: seatId },
    });
    if (seatId !== viewer.seatId) {
      const due = task.dueAt ? `, due ${dueWords(task.dueAt, task.clientTimeZone)}` : "";
      await notifySeat(tx, {
        organizationId: task.organizationId, seatId, clientId: task.clientId, kind: "task_reassigned", href: "/tasks", at: now,
        body: `${viewer.name} gave you the task "${task.title}" on ${task.clientName}${due}.`,
      });
    }
    return ok({ id: task.id, clientId: task.clientId, seatId, seatName: target.name });
  });
}
