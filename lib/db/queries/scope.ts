import { and, eq, exists, inArray, or, sql, type SQL } from "drizzle-orm";
import { can } from "../../domain/auth/permissions";
import { ACTIVE_ASSIGNMENT_STATES, type AssignmentState } from "../../domain/team/vocabulary";
import type { Db, Tx } from "../client";
import { assignments, clients } from "../schema";

/** What part of an organization's clients a person may see. */
export interface ClientScope {
  organizationId: string;
  /** The viewer's own seat, when they hold one. */
  seatId: string | null;
  /** True for people allowed to see every client (the overseer, viewers). */
  all: boolean;
}

/**
 * How far a seat reaches into a client. "whole": the client's owner seat or a seat with an
 * accepted place sees and acts on everything. "preview": a seat holding only a pending offer
 * sees the offer preview (name, need, market, price band, language, why this seat) until it
 * accepts; contact details, money, dossier and timeline stay closed, and it cannot act.
 */
export type ClientReach = "preview" | "whole";

/** The assignment states that give a seat each reach; one definition of each. */
const REACH_STATES: Record<ClientReach, readonly AssignmentState[]> = {
  whole: ["accepted"],
  preview: ACTIVE_ASSIGNMENT_STATES,
};

/** Builds the scope from a viewer's organization, seat and permissions. */
export function scopeOf(viewer: { organizationId: string; seatId: string | null; permissions: readonly string[] }): ClientScope {
  return { organizationId: viewer.organizationId, seatId: viewer.seatId, all: can(viewer.permissions, "clients.read_all") };
}

/**
 * The SQL condition on `clients` for a scope at a reach: a team member's seat owns the client or
 * holds an assignment in a state of that reach ("preview", the default, counts pending offers as
 * well, for lists and counts; "whole" only accepted places). People who see every client reach
 * the whole of each; nobody sees another organization's rows.
 */
export function clientsInScope(db: Db | Tx, scope: ClientScope, reach: ClientReach = "preview"): SQL {
  const inOrg = eq(clients.organizationId, scope.organizationId);
  if (scope.all) return inOrg;
  if (!scope.seatId) return sql`false`;
  const assigned = db
    .select({ one: sql`1` })
    .from(assignments)
    .where(
      and(
        eq(assignments.organizationId, clients.organizationId),
        eq(assignments.clientId, clients.id),
        eq(assignments.seatId, scope.seatId),
        inArray(assignments.state, [...REACH_STATES[reach]]),
      ),
    );
  return and(inOrg, or(eq(clients.ownerSeatId, scope.seatId), exists(assigned)))!;
}

/**
 * True on the rows of a query over `clients` that the scope reaches whole, false on the others
 * (never null: a client without an owner seat would otherwise read null and sort first).
 */
export function reachesWhole(db: Db | Tx, scope: ClientScope): SQL<boolean> {
  return sql<boolean>`coalesce((${clientsInScope(db, scope, "whole")}), false)`;
}

/** How far the scope reaches into one client: "whole", "preview", or null when not at all (or no such client). */
export async function clientReach(db: Db | Tx, scope: ClientScope, clientId: string): Promise<ClientReach | null> {
  const [row] = await db
    .select({ whole: reachesWhole(db, scope) })
    .from(clients)
    .where(and(clientsInScope(db, scope, "preview"), eq(clients.id, clientId)))
    .limit(1);
  if (!row) return null;
  return row.whole ? "whole" : "preview";
}
