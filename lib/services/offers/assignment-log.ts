import { and, eq, inArray } from "drizzle-orm";
import type { AssignmentState } from "@/lib/domain/team/vocabulary";
import type { Tx } from "@/lib/db/client";
import { assignmentEvents, clients, seats } from "@/lib/db/schema";
import { publishEvent } from "@/lib/events/publish";

export interface LoggedAssignment {
  organizationId: string;
  id: string;
  clientId: string;
  seatId: string;
  teamRole: string;
}

const VERB: Record<AssignmentState, string> = {
  offered: "was offered", accepted: "accepted", declined: "declined", timed_out: "did not answer in time for",
  rescinded: "was withdrawn from", completed: "completed",
};

/** The display names of a client and some seats, for event summaries. */
export async function namesFor(tx: Tx, organizationId: string, clientId: string, seatIds: readonly string[]) {
  const [client] = await tx.select({ first: clients.firstName, last: clients.lastName }).from(clients).where(and(eq(clients.organizationId, organizationId), eq(clients.id, clientId)));
  const rows = seatIds.length ? await tx.select({ id: seats.id, name: seats.name }).from(seats).where(and(eq(seats.organizationId, organizationId), inArray(seats.id, [...seatIds]))) : [];
  return { client: client ? `${client.first} ${client.last}`.trim() : "a client", seat: new Map(rows.map((r) => [r.id, r.name])) };
}

/**
 * Records one state change of an assignment in its history and announces it live. Runs inside
 * the transaction that made the change, so the history and the event exist only if it commits.
 */
export async function logAssignment(tx: Tx, a: LoggedAssignment, state: AssignmentState, at: Date, extra: { actorUserId?: string | null; reason?: string | null } = {}): Promise<void> {
  await tx.insert(assignmentEvents).values({ organizationId: a.organizationId, assignmentId: a.id, clientId: a.clientId, seatId: a.seatId, state, actorUserId: extra.actorUserId ?? null, reason: extra.reason ?? null, at });
  const names = await namesFor(tx, a.organizationId, a.clientId, [a.seatId]);
  const place = a.teamRole === "lead" ? "the lead" : "a support place";
  const seat = names.seat.get(a.seatId) ?? "A seat";
  const summary = state === "offered" || state === "rescinded"
    ? `${seat} ${VERB[state]} ${place} on ${names.client}`
    : `${seat} ${VERB[state]} ${place} on ${names.client}${extra.reason ? `: ${extra.reason}` : ""}`;
  if (state === "completed") return;
  await publishEvent(tx, { type: `assignment.${state}`, organizationId: a.organizationId, clientId: a.clientId, seatIds: [a.seatId], summary });
}
