import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { boundedDate } from "@/lib/domain/input/bounded-date";
import type { Db } from "@/lib/db/client";
import { recordAudit } from "@/lib/db/queries/audit";
import type { ViewerRecord } from "@/lib/db/queries/users";
import { clients, tasks } from "@/lib/db/schema";
import { publishEvent } from "@/lib/events/publish";
import { describeIssues, fail, ok, type Result } from "../result";
import { teamStanding } from "@/lib/domain/team/standing";
import { getClientTeam } from "@/lib/db/queries/client-team";
import { requireWholeClient } from "../client-access";

const NOT_ON_TEAM = "No such client on your team.";

export const teamTaskSchema = z.object({
  clientId: z.guid("The client id must be a UUID"),
  seatId: z.guid("Choose the seat that owes the task"),
  title: z.string().trim().min(3, "Name the task (at least 3 characters)").max(200, "A task title is at most 200 characters"),
  dueAt: boundedDate("Give a due date and time"),
});

/**
 * Gives a task with a due date to a seat of the client's team. The lead (or Jorge) may give
 * tasks to anyone on the team; a supporter only to their own seat. A due date in the past is
 * refused, since a task born overdue helps nobody. A seat holding only a pending offer is told
 * to accept it first.
 */
export async function assignTeamTask(db: Db, viewer: ViewerRecord, input: unknown, now = new Date()): Promise<Result<{ id: string }>> {
  const parsed = teamTaskSchema.safeParse(input);
  if (!parsed.success) return fail(400, describeIssues(parsed.error));
  const { clientId, seatId, title, dueAt } = parsed.data;
  if (dueAt.getTime() < now.getTime() - 60_000) return fail(400, "dueAt: the due date is in the past; pick a time from now on.");
  const org = viewer.organizationId;
  return db.transaction(async (tx) => {
    const access = await requireWholeClient(tx, viewer, clientId, NOT_ON_TEAM);
    if (!access.ok) return access;
    const [client] = await tx.select({ id: clients.id, first: clients.firstName }).from(clients).where(and(eq(clients.organizationId, org), eq(clients.id, clientId)));
    const team = client ? await getClientTeam(tx, org, clientId) : [];
    const me = teamStanding(viewer, team);
    if (!client || !me.onTeam) return fail(404, NOT_ON_TEAM);
    const target = team.find((t) => t.seatId === seatId && t.state === "accepted");
    if (!target) return fail(422, "seatId: that seat is not on this client's team; choose a seat from the team list.");
    if (!me.isLead && seatId !== viewer.seatId) return fail(403, "Only the lead gives tasks to other seats; you can add tasks for yourself.");
    const [row] = await tx.insert(tasks).values({ organizationId: org, clientId, seatId, title, kind: "todo", dueAt, createdAt: now }).returning({ id: tasks.id });
    await recordAudit(tx, { organizationId: org, actorType: "user", actorId: viewer.userId, action: "task.assigned", entityType: "task", entityId: row!.id, data: { clientId, seatId, dueAt: dueAt.toISOString() } });
    await publishEvent(tx, { type: "thread.posted", organizationId: org, clientId, seatIds: [seatId], summary: `${viewer.name} gave ${target.name} a task on ${client.first}: ${title}` });
    return ok({ id: row!.id });
  });
}
