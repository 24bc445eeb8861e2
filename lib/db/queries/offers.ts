import { and, asc, eq } from "drizzle-orm";
import type { Db } from "../client";
import { assignments, clients, markets, seats } from "../schema";

export interface OpenOffer {
  id: string;
  clientId: string;
  clientName: string;
  clientType: string;
  temperature: string;
  marketName: string | null;
  seatId: string;
  seatName: string;
  teamRole: string;
  seatRole: string;
  score: number | null;
  reason: string | null;
  fallbackRank: number;
  offeredAt: Date;
  expiresAt: Date | null;
}

/**
 * Offers waiting for an answer, soonest to expire first: one seat's (a team member's "my
 * offers"), or every seat's when seatId is null (Jorge's view).
 */
export async function listOpenOffers(db: Db, organizationId: string, seatId: string | null, limit = 100): Promise<OpenOffer[]> {
  const rows = await db
    .select({
      id: assignments.id, clientId: assignments.clientId, first: clients.firstName, last: clients.lastName, clientType: clients.type, temperature: clients.temperature,
      marketName: markets.name, seatId: assignments.seatId, seatName: seats.name, teamRole: assignments.teamRole, seatRole: assignments.seatRole,
      score: assignments.score, reason: assignments.reason, fallbackRank: assignments.fallbackRank, offeredAt: assignments.offeredAt, expiresAt: assignments.expiresAt,
    })
    .from(assignments)
    .innerJoin(clients, and(eq(clients.organizationId, assignments.organizationId), eq(clients.id, assignments.clientId)))
    .innerJoin(seats, and(eq(seats.organizationId, assignments.organizationId), eq(seats.id, assignments.seatId)))
    .leftJoin(markets, and(eq(markets.organizationId, clients.organizationId), eq(markets.id, clients.marketId)))
    .where(and(eq(assignments.organizationId, organizationId), eq(assignments.state, "offered"), seatId ? eq(assignments.seatId, seatId) : undefined))
    .orderBy(asc(assignments.expiresAt))
    .limit(limit);
  return rows.map(({ first, last, ...r }) => ({ ...r, clientName: `${first} ${last}`.trim() }));
}
