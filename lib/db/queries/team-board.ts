import { and, asc, desc, eq, exists, ilike, inArray, notExists, or, sql, type SQL } from "drizzle-orm";
import { seatPresence } from "../../domain/team/seat-presence";
import { ACTIVE_ASSIGNMENT_STATES, SUPPORT_ROLES, type SeatRole } from "../../domain/team/vocabulary";
import type { Db } from "../client";
import { assignments, clients, markets, seatMarkets, seats, users } from "../schema";
import { clientsInScope, type ClientScope } from "./scope";

/** A seat counts as overloaded from this share of its capacity on. */
export const OVERLOAD_RATIO = 0.85;

export interface TeamBoardFilter {
  /** A seat role, or "support" for every support role. */
  role?: SeatRole | "support";
  marketId?: string;
  presence?: string;
  overloaded?: boolean;
  q?: string;
}

function seatsInScope(scope: ClientScope): SQL {
  const inOrg = eq(seats.organizationId, scope.organizationId);
  if (scope.all) return inOrg;
  return scope.seatId ? and(inOrg, eq(seats.id, scope.seatId))! : sql`false`;
}

/** The overseer and seats without market rows cover every market, as routing treats them. */
function coversMarket(db: Db, marketId: string): SQL {
  const rows = (market?: string) =>
    db.select({ one: sql`1` }).from(seatMarkets)
      .where(and(eq(seatMarkets.organizationId, seats.organizationId), eq(seatMarkets.seatId, seats.id), market ? eq(seatMarkets.marketId, market) : undefined));
  return or(eq(seats.role, "overseer"), notExists(rows()), exists(rows(marketId)))!;
}

/** The markets a row of `seats` covers, by name, as one JSON array. */
function coveredMarkets() {
  return sql<{ id: string; name: string }[]>`coalesce((select json_agg(json_build_object('id', ${markets.id}, 'name', ${markets.name}) order by ${markets.name})
    from ${seatMarkets} join ${markets} on ${markets.organizationId} = ${seatMarkets.organizationId} and ${markets.id} = ${seatMarkets.marketId}
    where ${seatMarkets.organizationId} = ${seats.organizationId} and ${seatMarkets.seatId} = ${seats.id}), '[]'::json)`;
}

/**
 * The seats of the board in one query: each with its active load (offers and accepted clients),
 * accepted and pending counts, the earliest pending offer's expiry and the markets it covers.
 * A team member gets only their own seat.
 */
export function listBoardSeats(db: Db, scope: ClientScope, filter: TeamBoardFilter = {}) {
  const load = db
    .select({
      seatId: assignments.seatId,
      active: sql<number>`count(*)::int`.as("active"),
      accepted: sql<number>`(count(*) filter (where ${assignments.state} = 'accepted'))::int`.as("accepted"),
      pending: sql<number>`(count(*) filter (where ${assignments.state} = 'offered'))::int`.as("pending"),
      nextExpiry: sql<string | null>`min(${assignments.expiresAt}) filter (where ${assignments.state} = 'offered')`.as("next_expiry"),
    })
    .from(assignments)
    .where(and(eq(assignments.organizationId, scope.organizationId), inArray(assignments.state, [...ACTIVE_ASSIGNMENT_STATES])))
    .groupBy(assignments.seatId)
    .as("load");
  const active = sql<number>`coalesce(${load.active}, 0)`;
  const term = filter.q?.trim();
  const role = filter.role === "support" ? inArray(seats.role, [...SUPPORT_ROLES]) : filter.role ? eq(seats.role, filter.role) : undefined;
  return db
    .select({
      id: seats.id,
      name: seats.name,
      kind: seats.kind,
      role: seats.role,
      presence: seats.presence,
      capacity: seats.capacity,
      active: sql<number>`${active}::int`,
      accepted: sql<number>`coalesce(${load.accepted}, 0)::int`,
      pending: sql<number>`coalesce(${load.pending}, 0)::int`,
      nextExpiry: sql<string | null>`${load.nextExpiry}`.mapWith((v: string | Date | null) => (v === null ? null : new Date(v))),
      markets: coveredMarkets(),
    })
    .from(seats)
    .leftJoin(load, eq(load.seatId, seats.id))
    .where(and(
      seatsInScope(scope),
      role,
      filter.presence ? eq(seats.presence, filter.presence) : undefined,
      filter.marketId ? coversMarket(db, filter.marketId) : undefined,
      filter.overloaded ? sql`${active} >= ${OVERLOAD_RATIO}::float8 * ${seats.capacity}` : undefined,
      term ? ilike(seats.name, `%${term.replace(/[\\%_]/g, "\\$&")}%`) : undefined,
    ))
    .orderBy(asc(seats.role), asc(seats.name));
}

export type BoardSeat = Awaited<ReturnType<typeof listBoardSeats>>[number];

/**
 * The clients each of the given seats works now (accepted, or offered and awaiting an answer),
 * restricted to the viewer's scope so a team member never sees another seat's clients.
 */
export function listSeatClients(db: Db, scope: ClientScope, seatIds: readonly string[]) {
  const visible = scope.all ? seatIds : seatIds.filter((id) => id === scope.seatId);
  if (visible.length === 0) return Promise.resolve([]);
  return db
    .select({
      seatId: assignments.seatId,
      clientId: clients.id,
      firstName: clients.firstName,
      lastName: clients.lastName,
      stage: clients.stage,
      teamRole: assignments.teamRole,
      state: assignments.state,
      expiresAt: assignments.expiresAt,
    })
    .from(assignments)
    .innerJoin(clients, and(eq(clients.organizationId, assignments.organizationId), eq(clients.id, assignments.clientId)))
    .where(and(
      eq(assignments.organizationId, scope.organizationId),
      inArray(assignments.seatId, [...visible]),
      inArray(assignments.state, [...ACTIVE_ASSIGNMENT_STATES]),
      clientsInScope(db, scope),
    ))
    // Pending offers first: they are the ones waiting on an answer.
    .orderBy(asc(assignments.seatId), desc(sql`${assignments.state} = 'offered'`), asc(clients.firstName), asc(clients.lastName), asc(clients.id));
}

export type SeatClient = Awaited<ReturnType<typeof listSeatClients>>[number];

/** The names of the given seats of one organization, by id; unknown ids are left out. */
export async function getSeatNames(db: Db, organizationId: string, seatIds: readonly string[]): Promise<Map<string, string>> {
  if (seatIds.length === 0) return new Map();
  const rows = await db
    .select({ id: seats.id, name: seats.name })
    .from(seats)
    .where(and(eq(seats.organizationId, organizationId), inArray(seats.id, [...new Set(seatIds)])));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/**
 * Every assignment of one client, with its seat and stored routing reasoning (score breakdown
 * and runners-up as written at the time), active ones first, the lead before supports.
 */
export function listClientAssignments(db: Db, organizationId: string, clientId: string) {
  return db
    .select({
      id: assignments.id, seatId: assignments.seatId, seatName: seats.name, seatKind: seats.kind, teamRole: assignments.teamRole, seatRole: assignments.seatRole,
      state: assignments.state, score: assignments.score, scoreBreakdown: assignments.scoreBreakdown, runnersUp: assignments.runnersUp,
      offeredAt: assignments.offeredAt, expiresAt: assignments.expiresAt, endedAt: assignments.endedAt, reason: assignments.reason,
    })
    .from(assignments)
    .innerJoin(seats, and(eq(seats.organizationId, assignments.organizationId), eq(seats.id, assignments.seatId)))
    .where(and(eq(assignments.organizationId, organizationId), eq(assignments.clientId, clientId)))
    .orderBy(desc(inArray(assignments.state, [...ACTIVE_ASSIGNMENT_STATES])), desc(sql`${assignments.teamRole} = 'lead'`), desc(assignments.offeredAt));
}

export type ClientAssignmentRow = Awaited<ReturnType<typeof listClientAssignments>>[number];

/** The presence of one seat, or null when the organization has no such seat. */
export async function getSeatPresence(db: Db, organizationId: string, seatId: string): Promise<string | null> {
  const [row] = await db.select({ presence: seats.presence }).from(seats).where(and(eq(seats.organizationId, organizationId), eq(seats.id, seatId)));
  return row?.presence ?? null;
}

/**
 * The whole team as a teammate may see it to choose a handoff: each seat's name, kind, role,
 * languages, markets and presence (offline when its holder's account is disabled, as routing
 * treats it). No load, capacity or clients: those stay with the seat and Jorge.
 */
export async function listRoster(db: Db, organizationId: string) {
  const rows = await db
    .select({
      id: seats.id,
      name: seats.name,
      kind: seats.kind,
      role: seats.role,
      languages: seats.languages,
      presence: seats.presence,
      disabledAt: users.disabledAt,
      markets: coveredMarkets(),
    })
    .from(seats)
    .leftJoin(users, and(eq(users.organizationId, seats.organizationId), eq(users.id, seats.userId)))
    .where(eq(seats.organizationId, organizationId))
    .orderBy(asc(seats.role), asc(seats.name));
  return rows.map(({ disabledAt, ...seat }) => ({ ...seat, presence: seatPresence(seat.presence, disabledAt) }));
}

export type RosterSeat = Awaited<ReturnType<typeof listRoster>>[number];
