import { and, asc, eq } from "drizzle-orm";
import { priceBand, type PriceBand } from "../../domain/assignment/price-band";
import type { Db } from "../client";
import { assignments, clients, markets, seats } from "../schema";
import { lastInboundMessage, previewMessage, storedWhy, type OfferPreview, type PreviewMessage } from "./offer-preview";

/** An offer waiting for an answer, with the preview its seat decides on (no contact details or exact money). */
export interface OpenOffer {
  id: string;
  clientId: string;
  clientName: string;
  clientType: string;
  pipeline: string;
  language: string;
  priceBand: PriceBand | null;
  lastMessage: PreviewMessage | null;
  why: OfferPreview["why"];
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
 * offers"), or every seat's when seatId is null (Jorge's view). Each carries the offer preview:
 * need, market, price band, language, the client's last message and why this seat.
 */
export async function listOpenOffers(db: Db, organizationId: string, seatId: string | null, limit = 100): Promise<OpenOffer[]> {
  const rows = await db
    .select({
      id: assignments.id, clientId: assignments.clientId, first: clients.firstName, last: clients.lastName, clientType: clients.type, pipeline: clients.pipeline, language: clients.language,
      budgetMin: clients.budgetMin, budgetMax: clients.budgetMax, priceExpectation: clients.priceExpectation, temperature: clients.temperature, lastMessage: lastInboundMessage(),
      marketName: markets.name, seatId: assignments.seatId, seatName: seats.name, teamRole: assignments.teamRole, seatRole: assignments.seatRole,
      score: assignments.score, reason: assignments.reason, scoreBreakdown: assignments.scoreBreakdown, fallbackRank: assignments.fallbackRank, offeredAt: assignments.offeredAt, expiresAt: assignments.expiresAt,
    })
    .from(assignments)
    .innerJoin(clients, and(eq(clients.organizationId, assignments.organizationId), eq(clients.id, assignments.clientId)))
    .innerJoin(seats, and(eq(seats.organizationId, assignments.organizationId), eq(seats.id, assignments.seatId)))
    .leftJoin(markets, and(eq(markets.organizationId, clients.organizationId), eq(markets.id, clients.marketId)))
    .where(and(eq(assignments.organizationId, organizationId), eq(assignments.state, "offered"), seatId ? eq(assignments.seatId, seatId) : undefined))
    .orderBy(asc(assignments.expiresAt))
    .limit(limit);
  return rows.map(({ first, last, budgetMin, budgetMax, priceExpectation, lastMessage, scoreBreakdown, ...r }) => ({
    ...r,
    clientName: `${first} ${last}`.trim(),
    priceBand: priceBand({ pipeline: r.pipeline, budgetMin, budgetMax, priceExpectation }),
    lastMessage: previewMessage(lastMessage),
    why: storedWhy(r.reason, scoreBreakdown),
  }));
}
