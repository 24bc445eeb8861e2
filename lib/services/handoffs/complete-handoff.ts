import { and, eq, inArray } from "drizzle-orm";
import { checkHandoff } from "@/lib/domain/handoff/handoff-rules";
import { ACTIVE_ASSIGNMENT_STATES } from "@/lib/domain/team/vocabulary";
import type { Tx } from "@/lib/db/client";
import { recordAudit } from "@/lib/db/queries/audit";
import { activeLoads } from "@/lib/db/queries/routing-candidates";
import { assignments, clients, handoffs } from "@/lib/db/schema";
import { publishEvent } from "@/lib/events/publish";
import { endAssignment, logAssignment, setOwner } from "../offers/assignment-log";
import { fail, ok, type Result } from "../result";
import { loadHandoffLimits, recentHandoffs, seatFacts } from "./handoff-context";

type HandoffRow = typeof handoffs.$inferSelect;

/**
 * Carries out an accepted handoff, all or nothing, under the caller's routing lock and the
 * client's row lock: the rules are checked again against the state of this moment (the owner
 * has not changed, no loop, the receiving seat is available and has room), then a transfer ends
 * the giver's lead place and gives the lead to the receiver, who becomes the owner; adding
 * support gives the receiver a support place. Refuses without writing anything otherwise.
 */
export async function completeHandoff(tx: Tx, h: HandoffRow, decidedByUserId: string | null, now: Date, note: string | null = null): Promise<Result<{ ownerSeatId: string | null }>> {
  const org = h.organizationId;
  const [client] = await tx.select({ ownerSeatId: clients.ownerSeatId, optedOutAt: clients.optedOutAt, first: clients.firstName }).from(clients).where(and(eq(clients.organizationId, org), eq(clients.id, h.clientId)));
  if (!client) return fail(404, "The client no longer exists.");
  if (h.kind === "transfer" && client.ownerSeatId !== h.fromSeatId) return fail(409, "The client changed hands since this handoff was proposed; it no longer applies. Cancel it and propose again if needed.");
  const seats = await seatFacts(tx, org, [h.toSeatId, ...(h.fromSeatId ? [h.fromSeatId] : [])]);
  const to = seats.get(h.toSeatId);
  if (!to) return fail(422, "The receiving seat no longer exists.");
  const rule = checkHandoff({ clientId: h.clientId, fromSeatId: h.fromSeatId, toSeatId: h.toSeatId, toSeat: to, clientOptedOut: client.optedOutAt != null, history: h.kind === "transfer" ? await recentHandoffs(tx, org, h.clientId, now) : [] }, now, await loadHandoffLimits(tx, org));
  if (!rule.ok) return fail(409, rule.error);
  const active = await tx.select().from(assignments).where(and(eq(assignments.organizationId, org), eq(assignments.clientId, h.clientId), inArray(assignments.state, [...ACTIVE_ASSIGNMENT_STATES])));
  const receiverHeld = active.find((a) => a.seatId === h.toSeatId);
  if (h.kind === "add_support" && receiverHeld) return fail(409, `${to.name} already works this client.`);
  if (!receiverHeld) {
    const load = (await activeLoads(tx, org, [h.toSeatId])).get(h.toSeatId) ?? 0;
    if (load >= to.capacity) return fail(409, `${to.name} is at capacity (${to.capacity} clients); free a place or choose another seat.`);
  }
  const ending = h.kind === "transfer" ? active.filter((a) => (a.teamRole === "lead" && a.seatId === h.fromSeatId) || a.id === receiverHeld?.id) : [];
  for (const a of ending) await endAssignment(tx, a, now, { actorUserId: decidedByUserId, reason: a.seatId === h.toSeatId ? "Became the lead through a handoff" : `Handed off to ${to.name}` });
  const fromName = h.fromSeatId ? seats.get(h.fromSeatId)?.name ?? "another seat" : "the coordinator";
  const [placed] = await tx
    .insert(assignments)
    .values({ organizationId: org, clientId: h.clientId, seatId: h.toSeatId, teamRole: h.kind === "transfer" ? "lead" : "support", seatRole: to.role, state: "accepted", offeredAt: now, respondedAt: now, reason: `Handoff from ${fromName}: ${h.reason}` })
    .returning();
  await logAssignment(tx, placed!, "accepted", now, { actorUserId: decidedByUserId, reason: placed!.reason });
  if (h.kind === "transfer") await setOwner(tx, org, h.clientId, h.toSeatId, now);
  await tx.update(handoffs).set({ state: "completed", decidedAt: now, decidedByUserId, decisionNote: note }).where(and(eq(handoffs.organizationId, org), eq(handoffs.id, h.id)));
  await recordAudit(tx, { organizationId: org, actorType: decidedByUserId ? "user" : "system", actorId: decidedByUserId, action: "handoff.completed", entityType: "client", entityId: h.clientId, data: { handoffId: h.id, from: h.fromSeatId, to: h.toSeatId, kind: h.kind } });
  await publishEvent(tx, { type: "handoff.completed", organizationId: org, clientId: h.clientId, seatIds: [h.toSeatId, ...(h.fromSeatId ? [h.fromSeatId] : [])], summary: `${client.first} ${h.kind === "transfer" ? "moved" : "got support"} from ${fromName} to ${to.name}` });
  return ok({ ownerSeatId: h.kind === "transfer" ? h.toSeatId : client.ownerSeatId });
}
