import { and, eq, inArray } from "drizzle-orm";
import { ACTIVE_ASSIGNMENT_STATES } from "@/lib/domain/team/vocabulary";
import type { Tx } from "@/lib/db/client";
import { loadDossier } from "@/lib/db/queries/dossier";
import { assignments, handoffs, seats, tasks } from "@/lib/db/schema";
import { publishEvent } from "@/lib/events/publish";
import { completeHandoff } from "../handoffs/complete-handoff";
import { endAssignment } from "../offers/assignment-log";
import type { HotLeadSeat } from "./hot-lead-seat";
import type { ClientRow } from "./reply-facts";

/** What handing a hot lead over did: the handoff, whether it completed at once, and the call task. */
export interface HandedOver {
  handoffId: string | null;
  completed: boolean;
  taskId: string;
  note: string | null;
}

/**
 * Hands a hot lead to a person, inside the reply's transaction (under the routing lock): a
 * coordinator transfer with the dossier of this moment, completed at once when the rules allow
 * (the seat is available and has room), else left proposed for the seat to accept from its
 * Inbox; a person's lead offer still pending is withdrawn first, and a seat that already leads
 * the client keeps it. Either way the seat gets a call task due by `dueAt`.
 */
export async function handToPerson(tx: Tx, client: ClientRow, to: HotLeadSeat, dueAt: Date, now: Date): Promise<HandedOver> {
  const org = client.organizationId;
  const active = await tx
    .select({ id: assignments.id, organizationId: assignments.organizationId, clientId: assignments.clientId, seatId: assignments.seatId, teamRole: assignments.teamRole, state: assignments.state, kind: seats.kind })
    .from(assignments)
    .innerJoin(seats, and(eq(seats.organizationId, assignments.organizationId), eq(seats.id, assignments.seatId)))
    .where(and(eq(assignments.organizationId, org), eq(assignments.clientId, client.id), inArray(assignments.state, [...ACTIVE_ASSIGNMENT_STATES])));
  const leadsAlready = active.some((a) => a.teamRole === "lead" && a.state === "accepted" && a.seatId === to.id);
  let handoffId: string | null = null;
  let completed = leadsAlready;
  let note: string | null = null;
  if (!leadsAlready) {
    for (const a of active.filter((x) => x.teamRole === "lead" && x.state === "offered")) await endAssignment(tx, a, now, { reason: `The lead turned hot: handed to ${to.name} to call now` });
    const reason = `Hot lead: every qualifying answer is in; ${to.name} calls within 2 hours (${to.why}).`;
    const [row] = await tx
      .insert(handoffs)
      .values({ organizationId: org, clientId: client.id, fromSeatId: client.ownerSeatId, toSeatId: to.id, kind: "transfer", initiatedBy: "coordinator", reason, dossier: await loadDossier(tx, org, client.id, now), createdAt: now })
      .onConflictDoNothing()
      .returning();
    // A transfer to this seat already waiting for its answer stands as it is.
    const done = row ? await completeHandoff(tx, row, null, now, "Handed over by the AI seat: a hot lead is called by a person") : { ok: false as const, status: 409, error: `A handoff to ${to.name} is already waiting for an answer` };
    handoffId = row?.id ?? null;
    completed = done.ok;
    note = done.ok ? null : done.error;
    if (!done.ok && row) {
      await publishEvent(tx, { type: "handoff.proposed", organizationId: org, clientId: client.id, seatIds: [to.id], summary: `${client.firstName} is a hot lead for ${to.name} to accept and call: ${done.error}` });
    }
  }
  const kind = client.pipeline === "seller" ? "seller" : "buyer";
  const [task] = await tx
    .insert(tasks)
    .values({ organizationId: org, clientId: client.id, seatId: to.id, title: `Call ${`${client.firstName} ${client.lastName}`.trim()} now: hot ${kind}, all four answers in`, kind: "call", dueAt, createdAt: now })
    .returning({ id: tasks.id });
  return { handoffId, completed, taskId: task!.id, note };
}
