import { and, asc, count, eq, gte, inArray, ne, sql } from "drizzle-orm";
import { ACTIVE_ASSIGNMENT_STATES } from "../../domain/team/vocabulary";
import type { Db } from "../client";
import { assignments, clients, escalations, listings, markets, seatMarkets, seats } from "../schema";
import { clientsInScope, type ClientScope } from "./scope";

/** Clients per pipeline and stage, within the viewer's scope. */
export function getPipelineCounts(db: Db, scope: ClientScope) {
  return db
    .select({ pipeline: clients.pipeline, stage: clients.stage, clients: count() })
    .from(clients)
    .where(clientsInScope(db, scope))
    .groupBy(clients.pipeline, clients.stage);
}

/** Each seat's active assignments against its capacity; a team member sees only their own seat. */
export function getSeatLoads(db: Db, scope: ClientScope) {
  const load = db
    .select({ seatId: assignments.seatId, active: count().as("active") })
    .from(assignments)
    .where(and(eq(assignments.organizationId, scope.organizationId), inArray(assignments.state, [...ACTIVE_ASSIGNMENT_STATES])))
    .groupBy(assignments.seatId)
    .as("load");
  const seatFilter = scope.all ? eq(seats.organizationId, scope.organizationId) : and(eq(seats.organizationId, scope.organizationId), eq(seats.id, scope.seatId ?? sql`null`));
  return db
    .select({
      id: seats.id,
      name: seats.name,
      kind: seats.kind,
      role: seats.role,
      presence: seats.presence,
      capacity: seats.capacity,
      active: sql<number>`coalesce(${load.active}, 0)::int`,
    })
    .from(seats)
    .leftJoin(load, eq(load.seatId, seats.id))
    .where(seatFilter)
    .orderBy(asc(seats.role), asc(seats.name));
}

function seatMarketIds(db: Db, organizationId: string, seatId: string) {
  return db.select({ id: seatMarkets.marketId }).from(seatMarkets).where(and(eq(seatMarkets.organizationId, organizationId), eq(seatMarkets.seatId, seatId)));
}

/** Per market (a team member: the markets their seat covers): clients in scope, active listings and the median sale price of the last 90 days. */
export async function getMarketSummaries(db: Db, scope: ClientScope, asOf: Date) {
  const since = new Date(asOf.getTime() - 90 * 86_400_000).toISOString().slice(0, 10);
  const [rows, clientRows] = await Promise.all([
    db
      .select({
        id: markets.id,
        name: markets.name,
        type: markets.type,
        zipCodes: markets.zipCodes,
        latitude: markets.latitude,
        longitude: markets.longitude,
        activeListings: sql<number>`count(*) filter (where ${listings.standardStatus} = 'Active')::int`,
        closedSales90d: sql<number>`count(*) filter (where ${listings.standardStatus} = 'Closed' and ${listings.closeDate} >= ${since})::int`,
        medianClose90d: sql<number | null>`percentile_cont(0.5) within group (order by ${listings.closePrice}) filter (where ${listings.standardStatus} = 'Closed' and ${listings.closeDate} >= ${since})`,
      })
      .from(markets)
      .leftJoin(listings, and(eq(listings.organizationId, markets.organizationId), eq(listings.marketId, markets.id)))
      .where(and(eq(markets.organizationId, scope.organizationId), eq(markets.active, true), scope.all || !scope.seatId ? undefined : inArray(markets.id, seatMarketIds(db, scope.organizationId, scope.seatId))))
      .groupBy(markets.organizationId, markets.id)
      .orderBy(asc(markets.name)),
    db.select({ marketId: clients.marketId, clients: count() }).from(clients).where(clientsInScope(db, scope)).groupBy(clients.marketId),
  ]);
  const byMarket = new Map(clientRows.map((r) => [r.marketId, r.clients]));
  return rows.map((r) => ({ ...r, medianClose90d: r.medianClose90d === null ? null : Number(r.medianClose90d), clients: byMarket.get(r.id) ?? 0 }));
}

/** Escalations not yet resolved (on the viewer's clients, for a team member), and how many are overdue. */
export async function getOpenEscalationCounts(db: Db, scope: ClientScope, now: Date) {
  const base = and(eq(escalations.organizationId, scope.organizationId), ne(escalations.status, "resolved"));
  const visible = scope.all
    ? base
    : and(base, inArray(escalations.clientId, db.select({ id: clients.id }).from(clients).where(clientsInScope(db, scope))));
  const [row] = await db
    .select({
      open: count(),
      overdue: sql<number>`count(*) filter (where (${escalations.status} = 'open' and ${escalations.ackDueAt} < ${now.toISOString()}) or ${escalations.resolveDueAt} < ${now.toISOString()})::int`,
    })
    .from(escalations)
    .where(visible);
  return { open: row?.open ?? 0, overdue: row?.overdue ?? 0 };
}

/** Clients who arrived in the last `days` days within scope, the pulse of new business. */
export async function getNewClientCount(db: Db, scope: ClientScope, now: Date, days: number) {
  const since = new Date(now.getTime() - days * 86_400_000);
  const [row] = await db.select({ n: count() }).from(clients).where(and(clientsInScope(db, scope), gte(clients.createdAt, since)));
  return row?.n ?? 0;
}
