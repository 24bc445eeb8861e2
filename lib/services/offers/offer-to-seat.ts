import { and, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import { can } from "@/lib/domain/auth/permissions";
import { unavailableReason } from "@/lib/domain/assignment/fallback-chain";
import { offerTimeoutSeconds } from "@/lib/domain/assignment/offer-timeout";
import { isOutreachSeat } from "@/lib/domain/routing/constraints";
import { ACTIVE_ASSIGNMENT_STATES } from "@/lib/domain/team/vocabulary";
import type { Db } from "@/lib/db/client";
import { recordAudit } from "@/lib/db/queries/audit";
import { activeLoads } from "@/lib/db/queries/routing-candidates";
import type { ViewerRecord } from "@/lib/db/queries/users";
import { assignments, clients } from "@/lib/db/schema";
import { loadRoutingSettings } from "../intake/routing-settings";
import { seatFacts } from "../handoffs/handoff-context";
import { describeIssues, fail, ok, type Result } from "../result";
import { lockRouting } from "../routing-lock";
import { endAssignment, startAssignment } from "./assignment-log";

export const offerToSeatSchema = z.object({
  clientId: z.guid("The client id must be a UUID"),
  seatId: z.guid("Choose the seat to offer the client to"),
});

/**
 * Jorge offers a client's lead place to a seat he chooses, overriding the coordinator: any
 * offer still pending on the lead is withdrawn, and the new one has the usual timeout and falls
 * back to him. A seat already supporting the client gives its support place up for the lead
 * offer. A client someone already leads moves by handoff instead.
 */
export async function offerClientToSeat(db: Db, viewer: ViewerRecord, input: unknown, now = new Date()): Promise<Result<{ assignmentId: string; state: "offered" | "accepted" }>> {
  const parsed = offerToSeatSchema.safeParse(input);
  if (!parsed.success) return fail(400, describeIssues(parsed.error));
  if (!can(viewer.permissions, "team.manage")) return fail(403, "Only Jorge chooses who is offered a client; ask him, or hand off a client you own.");
  const { clientId, seatId } = parsed.data;
  const org = viewer.organizationId;
  return db.transaction(async (tx) => {
    await lockRouting(tx, org);
    const [client] = await tx.select().from(clients).where(and(eq(clients.organizationId, org), eq(clients.id, clientId))).for("update");
    if (!client) return fail(404, "No such client.");
    const active = await tx.select().from(assignments).where(and(eq(assignments.organizationId, org), eq(assignments.clientId, clientId), inArray(assignments.state, [...ACTIVE_ASSIGNMENT_STATES])));
    const leads = active.filter((a) => a.teamRole === "lead");
    if (leads.some((a) => a.state === "accepted")) return fail(409, "Someone already leads this client; hand the client off instead.");
    const seat = (await seatFacts(tx, org, [seatId])).get(seatId);
    if (!seat) return fail(422, "seatId: no such seat on this team.");
    // A seat already on the team (a pending lead offer, or a support place) gives that place up for this offer.
    const held = active.filter((a) => a.seatId === seatId);
    const load = (await activeLoads(tx, org, [seatId])).get(seatId) ?? 0;
    const busy = unavailableReason({ id: seat.id, kind: seat.kind, presence: seat.presence, capacity: seat.capacity, activeLoad: load - held.length });
    if (busy) return fail(409, `${seat.name} cannot take it: ${busy}.`);
    if (client.optedOutAt && isOutreachSeat(seat)) return fail(409, "The client opted out of messages; choose a seat that does not reach out to them.");
    for (const pending of leads) await endAssignment(tx, pending, now, { actorUserId: viewer.userId, reason: `${viewer.name} offered the client to ${seat.name}` });
    for (const support of held.filter((a) => a.teamRole === "support")) await endAssignment(tx, support, now, { actorUserId: viewer.userId, reason: `${seat.name} moves up to lead the client` });
    const ai = seat.kind === "ai";
    const settings = await loadRoutingSettings(tx, org);
    const reason = `Chosen by ${viewer.name}`;
    const [row] = await tx
      .insert(assignments)
      .values({
        organizationId: org, clientId, seatId, teamRole: "lead", seatRole: seat.role, state: ai ? "accepted" : "offered", offeredAt: now, respondedAt: ai ? now : null,
        expiresAt: ai ? null : new Date(now.getTime() + offerTimeoutSeconds(settings.offerTimeoutSeconds, { hot: client.temperature === "hot", seatRole: seat.role }) * 1000), runnersUp: leads[0]?.runnersUp ?? [], reason,
      })
      .returning();
    await startAssignment(tx, row!, now, { actorUserId: viewer.userId, reason });
    await recordAudit(tx, { organizationId: org, actorType: "user", actorId: viewer.userId, action: "assignment.offered_by_overseer", entityType: "client", entityId: clientId, data: { seatId, assignmentId: row!.id } });
    return ok({ assignmentId: row!.id, state: ai ? "accepted" as const : "offered" as const });
  });
}
