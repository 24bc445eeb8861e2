import { and, eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { recordAudit } from "@/lib/db/queries/audit";
import type { ViewerRecord } from "@/lib/db/queries/users";
import { tasks } from "@/lib/db/schema";
import { describeIssues, fail, ok, type Result } from "../result";
import { taskIdSchema, taskToAct } from "./task-access";

const completeSchema = z.object({ taskId: taskIdSchema });

/** Refusal for acting on a task that is no longer open, in words naming what it is now. */
export function notOpen(status: string): Result<never> {
  return fail(409, status === "done" ? "That task is already done; reload the list." : "That task was cancelled; there is nothing left to do on it.");
}

/**
 * Marks a task done for the viewer (see taskToAct for who may), with the time it was done and an
 * audit entry. A task already done or cancelled is refused, so two taps record one completion.
 */
export async function completeTask(db: Db, viewer: ViewerRecord, input: unknown, now = new Date()): Promise<Result<{ id: string; clientId: string; title: string }>> {
  const parsed = completeSchema.safeParse(input);
  if (!parsed.success) return fail(400, describeIssues(parsed.error));
  return db.transaction(async (tx) => {
    const found = await taskToAct(tx, viewer, parsed.data.taskId);
    if (!found.ok) return found;
    const task = found.data;
    if (task.status !== "open") return notOpen(task.status);
    await tx.update(tasks).set({ status: "done", completedAt: now }).where(and(eq(tasks.organizationId, task.organizationId), eq(tasks.id, task.id)));
    await recordAudit(tx, { organizationId: task.organizationId, actorType: "user", actorId: viewer.userId, action: "task.completed", entityType: "task", entityId: task.id, data: { clientId: task.clientId, seatId: task.seatId } });
    return ok({ id: task.id, clientId: task.clientId, title: task.title });
  });
}
