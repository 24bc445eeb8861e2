import { and, eq, gte, inArray, isNull, sql } from "drizzle-orm";
import type { MarketRef, SeatCandidate, SeatPerformance } from "../../domain/routing";
import { satisfactionSignal, type SatisfactionEvidence } from "../../domain/satisfaction/satisfaction-signal";
import { seatPresence } from "../../domain/team/seat-presence";
import type { MarketType, SeatKind, SeatRole } from "../../domain/team/vocabulary";
import { ACTIVE_ASSIGNMENT_STATES } from "../../domain/team/vocabulary";
import type { Db, Tx } from "../client";
import { evidenceBySeat } from "./satisfaction-evidence";
import { assignments, markets, performanceSnapshots, seatMarkets, seatSkills, seats, users } from "../schema";

/** Active markets as routing sees them, with whether a geographic agent serves each. */
export async function loadMarketRefs(db: Db | Tx, organizationId: string): Promise<MarketRef[]> {
  const rows = await db
    .select({
      id: markets.id,
      name: markets.name,
      type: markets.type,
      zipCodes: markets.zipCodes,
      medianPrice: markets.medianPrice,
      geographic: sql<number>`(select count(*)::int from seat_markets sm join seats s on s.organization_id = sm.organization_id and s.id = sm.seat_id where sm.organization_id = "markets"."organization_id" and sm.market_id = "markets"."id" and s.role = 'geographic')`,
    })
    .from(markets)
    .where(and(eq(markets.organizationId, organizationId), eq(markets.active, true)));
  return rows.map((m) => ({ id: m.id, name: m.name, type: m.type as MarketType, zipCodes: m.zipCodes, medianPrice: m.medianPrice, hasGeographicAgent: m.geographic > 0 }));
}

/** Each seat's load: its offered or accepted assignments, for the seats named or every seat; a seat with none is absent. */
export async function activeLoads(db: Db | Tx, organizationId: string, seatIds?: readonly string[]): Promise<Map<string, number>> {
  const rows = await db
    .select({ seatId: assignments.seatId, n: sql<number>`count(*)::int` })
    .from(assignments)
    .where(and(eq(assignments.organizationId, organizationId), seatIds ? inArray(assignments.seatId, [...seatIds]) : undefined, inArray(assignments.state, [...ACTIVE_ASSIGNMENT_STATES])))
    .groupBy(assignments.seatId);
  return new Map(rows.map((r) => [r.seatId, r.n]));
}

/**
 * Every seat of the organization with what routing weighs: markets, skills, live load (offered
 * or accepted assignments) and the last six months of results. Read inside the routing lock.
 */
export async function loadSeatCandidates(db: Db | Tx, organizationId: string, now: Date): Promise<SeatCandidate[]> {
  const since = new Date(now.getTime() - 183 * 86_400_000).toISOString().slice(0, 10);
  const [seatRows, marketRows, skillRows, load, perfRows, live] = await Promise.all([
    db
      .select({ seat: seats, disabledAt: users.disabledAt })
      .from(seats)
      .leftJoin(users, and(eq(users.organizationId, seats.organizationId), eq(users.id, seats.userId)))
      .where(eq(seats.organizationId, organizationId)),
    db.select({ seatId: seatMarkets.seatId, marketId: seatMarkets.marketId }).from(seatMarkets).where(eq(seatMarkets.organizationId, organizationId)),
    db.select({ seatId: seatSkills.seatId, skill: seatSkills.skill, proficiency: seatSkills.proficiency }).from(seatSkills).where(eq(seatSkills.organizationId, organizationId)),
    activeLoads(db, organizationId),
    db
      .select({
        seatId: performanceSnapshots.seatId,
        clientsHandled: sql<number>`sum(${performanceSnapshots.clientsHandled})::int`,
        conversions: sql<number>`sum(${performanceSnapshots.conversions})::int`,
        satisfaction: sql<number>`avg(${performanceSnapshots.satisfaction})::float8`,
        commission: sql<number>`sum(${performanceSnapshots.commission})::float8`,
      })
      .from(performanceSnapshots)
      .where(and(eq(performanceSnapshots.organizationId, organizationId), eq(performanceSnapshots.period, "month"), gte(performanceSnapshots.periodStart, since)))
      .groupBy(performanceSnapshots.seatId),
    evidenceBySeat(db, organizationId, new Date(now.getTime() - 90 * 86_400_000)),
  ]);
  const group = <T extends { seatId: string }>(rows: T[]) => rows.reduce((map, r) => map.set(r.seatId, [...(map.get(r.seatId) ?? []), r]), new Map<string, T[]>());
  const marketsBySeat = group(marketRows);
  const skillsBySeat = group(skillRows);
  const perf = new Map(perfRows.map((r) => [r.seatId, r]));
  return seatRows.map(({ seat: s, disabledAt }) => ({
    id: s.id,
    role: s.role as SeatRole,
    kind: s.kind as SeatKind,
    languages: s.languages,
    capacity: s.capacity,
    activeLoad: load.get(s.id) ?? 0,
    // A person whose account is disabled is offline to routing: no new offers, and rebalancing moves their clients.
    presence: seatPresence(s.presence, disabledAt),
    marketIds: (marketsBySeat.get(s.id) ?? []).map((m) => m.marketId),
    skills: Object.fromEntries((skillsBySeat.get(s.id) ?? []).map((k) => [k.skill, k.proficiency])),
    performance: withLiveSatisfaction(perf.get(s.id), live.get(s.id)),
  }));
}

/**
 * A seat's record with its satisfaction brought up to date: the monthly snapshots' mean blended
 * half and half with the live signal from its clients' last 90 days of conversation.
 */
function withLiveSatisfaction(perf: SeatPerformance | undefined, evidence: SatisfactionEvidence | undefined): SeatPerformance | null {
  const live = evidence ? satisfactionSignal(evidence).score : null;
  if (!perf) return live === null ? null : { clientsHandled: 0, conversions: 0, satisfaction: live };
  if (live === null) return perf;
  return { ...perf, satisfaction: perf.satisfaction === null || perf.satisfaction === undefined ? live : (perf.satisfaction + live) / 2 };
}

/** Jorge's own seat: the human overseer seat held by a user with the overseer role. */
export async function findOverseerSeatId(db: Db | Tx, organizationId: string): Promise<string | null> {
  const [row] = await db
    .select({ id: seats.id })
    .from(seats)
    .innerJoin(users, and(eq(users.organizationId, seats.organizationId), eq(users.id, seats.userId)))
    .where(and(eq(seats.organizationId, organizationId), eq(seats.role, "overseer"), eq(seats.kind, "human"), eq(users.role, "overseer"), isNull(users.disabledAt)))
    .limit(1);
  return row?.id ?? null;
}
