import { and, eq, inArray } from "drizzle-orm";
import type { ChainSeat, PlaceFacts } from "@/lib/domain/assignment/fallback-chain";
import { isOutreachSeat, normalizeLanguage } from "@/lib/domain/routing";
import { ACTIVE_ASSIGNMENT_STATES, type SeatKind, type SeatRole, type TeamRole } from "@/lib/domain/team/vocabulary";
import type { Db, Tx } from "@/lib/db/client";
import { activeLoads, findOverseerSeatId } from "@/lib/db/queries/routing-candidates";
import { assignments, clients, markets, seatMarkets, seats, users } from "@/lib/db/schema";

export type AssignmentRow = typeof assignments.$inferSelect;

/** A seat as the fallback chain and the decline form see it. */
export type NamedChainSeat = ChainSeat & { name: string; role: SeatRole };

/** Everything a fallback decision reads about one place on a client's team, loaded at once. */
export interface ChainContext {
  client: { id: string; firstName: string; lastName: string; temperature: string; optedOut: boolean };
  place: PlaceFacts;
  seats: Map<string, NamedChainSeat>;
  /** Seats this place was offered to along its chain, the latest included. */
  tried: Set<string>;
  /** Seats holding an active place on the client's team, and those holding a support place. */
  onTeam: Set<string>;
  supporting: Set<string>;
  overseerSeatId: string | null;
}

/** The seats already asked in this fallback chain: each fallback offer names the one it follows. */
function chainOf(lastId: string, rows: readonly { id: string; seatId: string; scoreBreakdown: unknown }[]): string[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const seen: string[] = [];
  for (let at = byId.get(lastId); at && seen.length <= rows.length; ) {
    seen.push(at.seatId);
    const from = (at.scoreBreakdown as { fallbackFrom?: string } | null)?.fallbackFrom;
    at = from ? byId.get(from) : undefined;
  }
  return seen;
}

/** Every seat of the organization with its markets, languages and live load; a disabled person's seat reads offline. */
async function loadSeats(db: Db | Tx, organizationId: string, optedOut: boolean): Promise<Map<string, NamedChainSeat>> {
  const [rows, covered, load] = await Promise.all([
    db
      .select({ id: seats.id, name: seats.name, kind: seats.kind, role: seats.role, presence: seats.presence, capacity: seats.capacity, languages: seats.languages, disabledAt: users.disabledAt })
      .from(seats)
      .leftJoin(users, and(eq(users.organizationId, seats.organizationId), eq(users.id, seats.userId)))
      .where(eq(seats.organizationId, organizationId)),
    db.select({ seatId: seatMarkets.seatId, marketId: seatMarkets.marketId }).from(seatMarkets).where(eq(seatMarkets.organizationId, organizationId)),
    activeLoads(db, organizationId),
  ]);
  const marketsOf = new Map<string, string[]>();
  for (const m of covered) marketsOf.set(m.seatId, [...(marketsOf.get(m.seatId) ?? []), m.marketId]);
  return new Map(rows.map((r) => {
    const kind = r.kind as SeatKind;
    const role = r.role as SeatRole;
    return [r.id, {
      id: r.id, name: r.name, kind, role, presence: r.disabledAt ? "offline" : r.presence, capacity: r.capacity, activeLoad: load.get(r.id) ?? 0,
      marketIds: marketsOf.get(r.id) ?? [], languages: r.languages, optedOutBlocked: optedOut && isOutreachSeat({ role, kind }),
    }];
  }));
}

/**
 * Loads what a fallback decision for `place` reads: the client, the place (role, market,
 * language), every seat now, who the chain already asked and who else is on the team.
 */
export async function loadChainContext(db: Db | Tx, place: AssignmentRow): Promise<ChainContext> {
  const org = place.organizationId;
  const [client] = await db
    .select({ id: clients.id, firstName: clients.firstName, lastName: clients.lastName, temperature: clients.temperature, optedOutAt: clients.optedOutAt, language: clients.language, marketId: clients.marketId, marketName: markets.name })
    .from(clients)
    .leftJoin(markets, and(eq(markets.organizationId, clients.organizationId), eq(markets.id, clients.marketId)))
    .where(and(eq(clients.organizationId, org), eq(clients.id, place.clientId)));
  const optedOut = client?.optedOutAt != null;
  const [sameKind, active, seatMap, overseerSeatId] = await Promise.all([
    db.select({ id: assignments.id, seatId: assignments.seatId, scoreBreakdown: assignments.scoreBreakdown }).from(assignments)
      .where(and(eq(assignments.organizationId, org), eq(assignments.clientId, place.clientId), eq(assignments.teamRole, place.teamRole))),
    db.select({ id: assignments.id, seatId: assignments.seatId, teamRole: assignments.teamRole }).from(assignments)
      .where(and(eq(assignments.organizationId, org), eq(assignments.clientId, place.clientId), inArray(assignments.state, [...ACTIVE_ASSIGNMENT_STATES]))),
    loadSeats(db, org, optedOut),
    findOverseerSeatId(db, org),
  ]);
  const others = active.filter((a) => a.id !== place.id);
  return {
    client: { id: place.clientId, firstName: client?.firstName ?? "the client", lastName: client?.lastName ?? "", temperature: client?.temperature ?? "cold", optedOut },
    place: {
      teamRole: place.teamRole as TeamRole, role: place.seatRole as SeatRole,
      market: client?.marketId && client.marketName ? { id: client.marketId, name: client.marketName } : null, language: normalizeLanguage(client?.language),
    },
    seats: seatMap,
    tried: new Set(chainOf(place.id, sameKind)),
    onTeam: new Set(others.map((a) => a.seatId)),
    supporting: new Set(others.filter((a) => a.teamRole === "support").map((a) => a.seatId)),
    overseerSeatId,
  };
}
