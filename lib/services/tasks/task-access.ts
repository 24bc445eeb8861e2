import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { can } from "@/lib/domain/auth/permissions";
import type { Tx } from "@/lib/db/client";
import { clientReach, scopeOf } from "@/lib/db/queries/scope";
import type { ViewerRecord } from "@/lib/db/queries/users";
import { clients, tasks } from "@/lib/db/schema";
import { writeRefusal } from "../client-access";
import { fail, ok, type Result } from "../result";

/** What a seat hears about a task that is neither its own nor on a client it works. */
export const NOT_YOUR_TASK = "No such task for your seat or your clients; reload the list to see your tasks.";

export const taskIdSchema = z.guid("The task id must be a UUID");

/** A task with its client's name and time zone, as a service acting on it needs. */
export interface ActionableTask {
  id: string;
  organizationId: string;
  clientId: string;
  seatId: string | null;
  title: string;
  status: string;
  dueAt: Date | null;
  clientName: string;
  clientTimeZone: string;
}

/**
 * Loads a task to change, locking its row for the caller's transaction, when the viewer may act
 * on it: their role may change clients, and the task is their seat's, or on a client they work
 * (owner or accepted place), or they act on every client. Anyone else hears NOT_YOUR_TASK, so
 * other seats' tasks stay invisible.
 */
export async function taskToAct(tx: Tx, viewer: ViewerRecord, taskId: string): Promise<Result<ActionableTask>> {
  const refused = writeRefusal(viewer);
  if (refused) return refused;
  const [row] = await tx
    .select({
      id: tasks.id, organizationId: tasks.organizationId, clientId: tasks.clientId, seatId: tasks.seatId, title: tasks.title, status: tasks.status, dueAt: tasks.dueAt,
      first: clients.firstName, last: clients.lastName, clientTimeZone: clients.timeZone,
    })
    .from(tasks)
    .innerJoin(clients, and(eq(clients.organizationId, tasks.organizationId), eq(clients.id, tasks.clientId)))
    .where(and(eq(tasks.organizationId, viewer.organizationId), eq(tasks.id, taskId)))
    .for("update", { of: tasks });
  if (!row) return fail(404, NOT_YOUR_TASK);
  const mine = viewer.seatId !== null && row.seatId === viewer.seatId;
  if (!mine && !can(viewer.permissions, "clients.write_all") && (await clientReach(tx, scopeOf(viewer), row.clientId)) !== "whole") return fail(404, NOT_YOUR_TASK);
  const { first, last, ...task } = row;
  return ok({ ...task, clientName: `${first} ${last}`.trim() });
}
