import { and, eq, exists, inArray, or, sql, type SQL } from "drizzle-orm";
import { can } from "../../domain/auth/permissions";
import { ACTIVE_ASSIGNMENT_STATES } from "../../domain/team/vocabulary";
import type { Db } from "../client";
import { assignments, clients } from "../schema";

/** What part of an organization's clients a person may see. */
export interface ClientScope {
  organizationId: string;
  /** The viewer's own seat, when they hold one. */
  seatId: string | null;
  /** True for people allowed to see every client (the overseer, viewers). */
  all: boolean;
}

/** Builds the scope from a viewer's organization, seat and permissions. */
export function scopeOf(viewer: { organizationId: string; seatId: string | null; permissions: readonly string[] }): ClientScope {
  return { organizationId: viewer.organizationId, seatId: viewer.seatId, all: can(viewer.permissions, "clients.read_all") };
}

/**
 * The SQL condition on `clients` for a scope: a team member sees a client their seat owns or
 * holds an active assignment on; nobody sees another organization's rows.
 */
export function clientsInScope(db: Db, scope: ClientScope): SQL {
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
        inArray(assignments.state, [...ACTIVE_ASSIGNMENT_STATES]),
      ),
    );
  return and(inOrg, or(eq(clients.ownerSeatId, scope.seatId), exists(assigned)))!;
}
