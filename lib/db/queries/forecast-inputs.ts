import { and, eq, gte, inArray, isNotNull, sql } from "drizzle-orm";
import { ACTIVE_ASSIGNMENT_STATES, SPECIALIST_ROLES } from "../../domain/team/vocabulary";
import type { Db } from "../client";
import { assignments, clients, seatMarkets, seats } from "../schema";

/** New clients per market and ISO week (Monday), over the last two years. */
export function weeklyIntakeByMarket(db: Db, organizationId: string, now: Date) {
  const since = new Date(now.getTime() - 2 * 366 * 86_400_000);
  return db
    .select({ marketId: clients.marketId, week: sql<string>`to_char(date_trunc('week', ${clients.createdAt} at time zone 'UTC'), 'YYYY-MM-DD')`, count: sql<number>`count(*)::int` })
    .from(clients)
    .where(and(eq(clients.organizationId, organizationId), isNotNull(clients.marketId), gte(clients.createdAt, since)))
    .groupBy(clients.marketId, sql`2`);
}

/** Lead places free now per market: a specialist's free places are shared across the markets it covers. */
export async function freeLeadPlacesByMarket(db: Db, organizationId: string): Promise<Map<string, number>> {
  const rows = await db
    .select({
      marketId: seatMarkets.marketId,
      share: sql<number>`greatest(${seats.capacity} - (select count(*) from assignments a where a.organization_id = ${seats.organizationId} and a.seat_id = ${seats.id} and a.state in ('offered', 'accepted')), 0)::float8 / (select count(*) from seat_markets x where x.organization_id = ${seats.organizationId} and x.seat_id = ${seats.id})`,
    })
    .from(seats)
    .innerJoin(seatMarkets, and(eq(seatMarkets.organizationId, seats.organizationId), eq(seatMarkets.seatId, seats.id)))
    .where(and(eq(seats.organizationId, organizationId), inArray(seats.role, ["listing_specialist", "buyer_specialist"]), eq(seats.presence, "available")));
  const free = new Map<string, number>();
  for (const r of rows) free.set(r.marketId, (free.get(r.marketId) ?? 0) + Number(r.share));
  return free;
}

/** Lead places released per week on average over the last eight weeks (clients closed, lost or moved on), per market. */
export async function weeklyReleasesByMarket(db: Db, organizationId: string, now: Date): Promise<Map<string, number>> {
  const since = new Date(now.getTime() - 56 * 86_400_000);
  const rows = await db
    .select({ marketId: clients.marketId, n: sql<number>`count(*)::int` })
    .from(assignments)
    .innerJoin(clients, and(eq(clients.organizationId, assignments.organizationId), eq(clients.id, assignments.clientId)))
    .where(and(eq(assignments.organizationId, organizationId), eq(assignments.teamRole, "lead"), inArray(assignments.seatRole, [...SPECIALIST_ROLES]), sql`${assignments.state} not in (${sql.raw(ACTIVE_ASSIGNMENT_STATES.map((s) => `'${s}'`).join(", "))})`, gte(assignments.endedAt, since)))
    .groupBy(clients.marketId);
  return new Map(rows.filter((r) => r.marketId).map((r) => [r.marketId!, r.n / 8]));
}
