import { and, eq } from "drizzle-orm";
import { assignmentSummary } from "@/lib/domain/assignment/summary";
import type { AssignmentState } from "@/lib/domain/team/vocabulary";
import type { Tx } from "@/lib/db/client";
import { assignmentEvents, assignments, clients, seats } from "@/lib/db/schema";
import { publishEvent } from "@/lib/events/publish";
import { enqueue } from "@/lib/jobs/runtime";
import { closeSettledForClient } from "../escalations/close-settled";

export interface LoggedAssignment {
  organizationId: string;
  id: string;
  clientId: string;
  seatId: string;
  teamRole: string;
}

type Extra = { actorUserId?: string | null; reason?: string | null };

export const OFFER_EXPIRY_JOB = "offers.expire";

/**
 * Records one state change of an assignment in its history and announces it live. Runs inside
 * the transaction that made the change, so the history and the event exist only if it commits.
 */
export async function logAssignment(tx: Tx, a: LoggedAssignment, state: AssignmentState, at: Date, extra: Extra = {}): Promise<void> {
  await tx.insert(assignmentEvents).values({ organizationId: a.organizationId, assignmentId: a.id, clientId: a.clientId, seatId: a.seatId, state, actorUserId: extra.actorUserId ?? null, reason: extra.reason ?? null, at });
  if (state === "completed") return;
  const [names] = await tx
    .select({ seat: seats.name, first: clients.firstName, last: clients.lastName })
    .from(seats)
    .innerJoin(clients, and(eq(clients.organizationId, seats.organizationId), eq(clients.id, a.clientId)))
    .where(and(eq(seats.organizationId, a.organizationId), eq(seats.id, a.seatId)));
  const summary = assignmentSummary({ seat: names?.seat ?? "A seat", state, teamRole: a.teamRole, client: names ? `${names.first} ${names.last}`.trim() : "a client", reason: extra.reason });
  await publishEvent(tx, { type: `assignment.${state}`, organizationId: a.organizationId, clientId: a.clientId, seatIds: [a.seatId], summary });
}

/** Makes the seat the client's owner: the seat of the client's one accepted lead assignment. */
export async function setOwner(tx: Tx, organizationId: string, clientId: string, seatId: string, now: Date): Promise<void> {
  await tx.update(clients).set({ ownerSeatId: seatId, updatedAt: now }).where(and(eq(clients.organizationId, organizationId), eq(clients.id, clientId)));
  // A client with a lead no longer needs Jorge for "nobody took them": close such escalations now.
  await closeSettledForClient(tx, organizationId, clientId, now);
}

/** Ends an active assignment: an accepted one completes, a pending offer is withdrawn; recorded like every other change. */
export async function endAssignment(tx: Tx, a: LoggedAssignment & { state: string }, now: Date, extra: Extra = {}): Promise<void> {
  const state = a.state === "accepted" ? "completed" : "rescinded";
  await tx.update(assignments).set({ state, endedAt: now }).where(and(eq(assignments.organizationId, a.organizationId), eq(assignments.id, a.id)));
  await logAssignment(tx, a, state, now, extra);
}

/** Asks the job queue to time the offer out when it expires; the periodic sweep catches any it misses. */
export async function scheduleExpiry(a: { organizationId: string; id: string; expiresAt: Date | null }): Promise<void> {
  if (a.expiresAt) await enqueue(OFFER_EXPIRY_JOB, { organizationId: a.organizationId, assignmentId: a.id }, { startAfter: a.expiresAt, singletonKey: a.id });
}

/**
 * Records a newly inserted assignment: it was offered; an AI seat's is accepted at once and, for
 * a lead place, makes the seat the owner; a human seat's offer gets its timeout job.
 */
export async function startAssignment(tx: Tx, row: LoggedAssignment & { state: string; expiresAt: Date | null }, now: Date, extra: Extra = {}): Promise<void> {
  await logAssignment(tx, row, "offered", now, extra);
  if (row.state === "accepted") {
    await logAssignment(tx, row, "accepted", now, { reason: "AI seats accept at once" });
    if (row.teamRole === "lead") await setOwner(tx, row.organizationId, row.clientId, row.seatId, now);
  }
  await scheduleExpiry(row);
}
