import { and, eq, inArray } from "drizzle-orm";
import { isOutreachSeat } from "@/lib/domain/routing/constraints";
import { ACTIVE_ASSIGNMENT_STATES, type SeatKind, type SeatRole } from "@/lib/domain/team/vocabulary";
import type { Tx } from "@/lib/db/client";
import { assignments, clients, seats, tasks } from "@/lib/db/schema";
import { endAssignment } from "../offers/assignment-log";

/**
 * An opt-out, inside the reply's transaction: SMS consent off and the moment recorded, open
 * follow-up tasks cancelled, and the supporting places of outreach seats (AI seats, follow-up
 * and marketing) ended. The lead keeps the client: a person sees the opt-out in the dossier,
 * and an AI lead stays quiet because the conversation is opted out.
 */
export async function leaveOutreach(tx: Tx, client: { organizationId: string; id: string; optedOutAt: Date | null }, now: Date): Promise<{ tasksCancelled: number; placesEnded: number }> {
  const org = client.organizationId;
  await tx.update(clients).set({ smsConsent: false, optedOutAt: client.optedOutAt ?? now, updatedAt: now }).where(and(eq(clients.organizationId, org), eq(clients.id, client.id)));
  const cancelled = await tx
    .update(tasks)
    .set({ status: "cancelled" })
    .where(and(eq(tasks.organizationId, org), eq(tasks.clientId, client.id), eq(tasks.kind, "follow_up"), eq(tasks.status, "open")))
    .returning({ id: tasks.id });
  const places = await tx
    .select({ id: assignments.id, organizationId: assignments.organizationId, clientId: assignments.clientId, seatId: assignments.seatId, teamRole: assignments.teamRole, state: assignments.state, kind: seats.kind, role: seats.role })
    .from(assignments)
    .innerJoin(seats, and(eq(seats.organizationId, assignments.organizationId), eq(seats.id, assignments.seatId)))
    .where(and(eq(assignments.organizationId, org), eq(assignments.clientId, client.id), eq(assignments.teamRole, "support"), inArray(assignments.state, [...ACTIVE_ASSIGNMENT_STATES])));
  const outreach = places.filter((p) => isOutreachSeat({ kind: p.kind as SeatKind, role: p.role as SeatRole }));
  for (const p of outreach) await endAssignment(tx, p, now, { reason: "The client opted out of messages: outreach seats leave the team" });
  return { tasksCancelled: cancelled.length, placesEnded: outreach.length };
}

/** START or UNSTOP: SMS consent back and the opt-out cleared, so the conversation may resume. */
export async function rejoinTexts(tx: Tx, client: { organizationId: string; id: string }, now: Date): Promise<void> {
  await tx.update(clients).set({ smsConsent: true, optedOutAt: null, updatedAt: now }).where(and(eq(clients.organizationId, client.organizationId), eq(clients.id, client.id)));
}
