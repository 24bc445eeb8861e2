import { and, eq, inArray, notInArray, sql } from "drizzle-orm";
import { evaluatePriority } from "@/lib/domain/routing/priority";
import { priorityOptionsFor, type PersonalHandling } from "@/lib/domain/routing/personal-handling";
import { RECENT_ACCEPTANCE_HOURS, whyStays, type StayReason } from "@/lib/domain/rebalance/staying-put";
import type { ClientType } from "@/lib/domain/team/vocabulary";
import type { Db, Tx } from "@/lib/db/client";
import { assignmentEvents, assignments, clients, handoffs, seats } from "@/lib/db/schema";

/** Clients past these stages stay with their seat: moving them mid-escrow would hurt the deal. */
export const LOCKED_STAGES = ["Under Contract", "Closed", "Lost"];

type ClientRow = typeof clients.$inferSelect;

export interface HeldClient {
  assignmentId: string;
  seatId: string;
  seatRole: string;
  since: Date | null;
  client: ClientRow;
  /** Seats already supporting the client: the lead cannot move onto one of them. */
  supportSeats: string[];
}

export interface MovableClients {
  movable: HeldClient[];
  /** Clients that look movable but stay, with the reason Jorge is shown. */
  staying: { clientId: string; seatId: string; name: string; reason: StayReason }[];
}

/**
 * The accepted lead clients a rebalance may place, split from those it must leave alone: locked
 * stages and Jorge's own seat are never considered; personal clients, pending handoffs and a
 * person's fresh acceptance stay (whyStays).
 */
export async function loadMovableClients(db: Db | Tx, organizationId: string, personalHandling: PersonalHandling, now: Date): Promise<MovableClients> {
  const personalRule = priorityOptionsFor(personalHandling);
  const rows = await db
    .select({ assignmentId: assignments.id, seatId: assignments.seatId, seatRole: assignments.seatRole, since: assignments.respondedAt, holderKind: seats.kind, holderUserId: seats.userId, client: clients })
    .from(assignments)
    .innerJoin(clients, and(eq(clients.organizationId, assignments.organizationId), eq(clients.id, assignments.clientId)))
    .innerJoin(seats, and(eq(seats.organizationId, assignments.organizationId), eq(seats.id, assignments.seatId)))
    .where(and(eq(assignments.organizationId, organizationId), eq(assignments.teamRole, "lead"), eq(assignments.state, "accepted"), notInArray(clients.stage, LOCKED_STAGES), sql`${assignments.seatRole} <> 'overseer'`));
  const ids = rows.map((r) => r.client.id);
  const fresh = rows.filter((r) => r.holderUserId && r.since && now.getTime() - r.since.getTime() < RECENT_ACCEPTANCE_HOURS * 3_600_000);
  // Only the person's own yes is a promise; a client Jorge or a rebalance placed on the seat is not.
  const personal = fresh.length
    ? await db.select({ assignmentId: assignmentEvents.assignmentId, actor: assignmentEvents.actorUserId }).from(assignmentEvents)
        .where(and(eq(assignmentEvents.organizationId, organizationId), eq(assignmentEvents.state, "accepted"), inArray(assignmentEvents.assignmentId, fresh.map((r) => r.assignmentId))))
    : [];
  const acceptedByPerson = new Set(personal.filter((e) => fresh.some((r) => r.assignmentId === e.assignmentId && r.holderUserId === e.actor)).map((e) => e.assignmentId));
  const [support, pending] = ids.length
    ? await Promise.all([
        db.select({ clientId: assignments.clientId, seatId: assignments.seatId }).from(assignments)
          .where(and(eq(assignments.organizationId, organizationId), eq(assignments.teamRole, "support"), inArray(assignments.state, ["offered", "accepted"]), inArray(assignments.clientId, ids))),
        db.selectDistinct({ clientId: handoffs.clientId }).from(handoffs)
          .where(and(eq(handoffs.organizationId, organizationId), eq(handoffs.state, "proposed"), inArray(handoffs.clientId, ids))),
      ])
    : [[], []];
  const supportOf = support.reduce((m, s) => m.set(s.clientId, [...(m.get(s.clientId) ?? []), s.seatId]), new Map<string, string[]>());
  const pendingSet = new Set(pending.map((p) => p.clientId));
  const result: MovableClients = { movable: [], staying: [] };
  for (const r of rows) {
    const isPersonal = evaluatePriority({ clientType: r.client.type as ClientType, priceExpectation: r.client.priceExpectation, budgetMax: r.client.budgetMax, preApprovalAmount: r.client.preApprovalAmount, tags: r.client.tags }, personalRule).personalHandling;
    const reason = whyStays({ acceptedAt: acceptedByPerson.has(r.assignmentId) ? r.since : null, holderKind: r.holderKind as "ai" | "human", pendingHandoff: pendingSet.has(r.client.id), personal: isPersonal }, now);
    if (reason) result.staying.push({ clientId: r.client.id, seatId: r.seatId, name: `${r.client.firstName} ${r.client.lastName}`.trim(), reason });
    else result.movable.push({ assignmentId: r.assignmentId, seatId: r.seatId, seatRole: r.seatRole, since: r.since, client: r.client, supportSeats: supportOf.get(r.client.id) ?? [] });
  }
  return result;
}
