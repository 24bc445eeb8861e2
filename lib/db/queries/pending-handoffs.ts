import { and, asc, eq, or, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { parseDossier, type Dossier } from "../../domain/handoff/dossier";
import type { Db } from "../client";
import { clients, handoffs, seats } from "../schema";

export interface PendingHandoff {
  id: string;
  clientId: string;
  clientName: string;
  kind: "transfer" | "add_support";
  reason: string;
  fromSeatId: string | null;
  fromSeatName: string | null;
  toSeatId: string;
  toSeatName: string;
  proposedByUserId: string | null;
  createdAt: Date;
  /** The dossier captured when the handoff was proposed; null when the stored one is not a typed dossier. */
  dossier: Dossier | null;
}

/** Who the list is for: handoffs to a seat, proposed by a person, or both (either matches); neither gives all. */
export interface PendingHandoffFilter {
  toSeatId?: string | null;
  proposedByUserId?: string;
}

function readDossier(json: unknown): Dossier | null {
  try {
    return parseDossier(json);
  } catch {
    return null;
  }
}

/**
 * Handoffs still waiting for the receiver's answer, oldest first, with the client's name, the
 * seats on both ends and the dossier read back. With toSeatId and/or proposedByUserId only the
 * handoffs to that seat or proposed by that person; with neither, every proposed handoff of the
 * organization (Jorge's view). A toSeatId of null matches nothing on that side.
 */
export async function listPendingHandoffs(db: Db, organizationId: string, filter: PendingHandoffFilter = {}, limit = 100): Promise<PendingHandoff[]> {
  const fromSeats = alias(seats, "from_seats");
  const toSeats = alias(seats, "to_seats");
  const sides: SQL[] = [];
  if (filter.toSeatId) sides.push(eq(handoffs.toSeatId, filter.toSeatId));
  if (filter.proposedByUserId) sides.push(eq(handoffs.proposedByUserId, filter.proposedByUserId));
  const scoped = filter.toSeatId !== undefined || filter.proposedByUserId !== undefined;
  if (scoped && sides.length === 0) return [];
  const rows = await db
    .select({
      id: handoffs.id, clientId: handoffs.clientId, first: clients.firstName, last: clients.lastName, kind: handoffs.kind, reason: handoffs.reason,
      fromSeatId: handoffs.fromSeatId, fromSeatName: fromSeats.name, toSeatId: handoffs.toSeatId, toSeatName: toSeats.name,
      proposedByUserId: handoffs.proposedByUserId, createdAt: handoffs.createdAt, dossier: handoffs.dossier,
    })
    .from(handoffs)
    .innerJoin(clients, and(eq(clients.organizationId, handoffs.organizationId), eq(clients.id, handoffs.clientId)))
    .innerJoin(toSeats, and(eq(toSeats.organizationId, handoffs.organizationId), eq(toSeats.id, handoffs.toSeatId)))
    .leftJoin(fromSeats, and(eq(fromSeats.organizationId, handoffs.organizationId), eq(fromSeats.id, handoffs.fromSeatId)))
    .where(and(eq(handoffs.organizationId, organizationId), eq(handoffs.state, "proposed"), sides.length ? or(...sides) : undefined))
    .orderBy(asc(handoffs.createdAt))
    .limit(limit);
  return rows.map(({ first, last, dossier, kind, ...r }) => ({
    ...r, kind: kind === "add_support" ? "add_support" : "transfer", clientName: `${first} ${last}`.trim(), dossier: readDossier(dossier),
  }));
}
