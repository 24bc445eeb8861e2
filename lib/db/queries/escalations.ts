import { and, asc, desc, eq, gte, inArray, lt, or, sql, type SQL } from "drizzle-orm";
import type { Db } from "../client";
import { clients, escalationNotes, escalations, seats, users } from "../schema";

export interface EscalationFilter {
  status?: "open" | "acknowledged" | "resolved" | "unresolved";
  trigger?: string;
  severity?: string;
  overdue?: boolean;
  clientId?: string;
}

function conditions(organizationId: string, f: EscalationFilter, now: Date): SQL {
  const status = f.status === "unresolved" || !f.status ? inArray(escalations.status, ["open", "acknowledged"]) : eq(escalations.status, f.status);
  const overdue = or(and(eq(escalations.status, "open"), lt(escalations.ackDueAt, now)), and(inArray(escalations.status, ["open", "acknowledged"]), lt(escalations.resolveDueAt, now)));
  return and(
    eq(escalations.organizationId, organizationId), status,
    f.trigger ? eq(escalations.trigger, f.trigger) : undefined,
    f.severity ? eq(escalations.severity, f.severity) : undefined,
    f.clientId ? eq(escalations.clientId, f.clientId) : undefined,
    f.overdue ? overdue : undefined,
  )!;
}

const SEVERITY_ORDER = sql`case ${escalations.severity} when 'critical' then 0 when 'high' then 1 when 'medium' then 2 else 3 end`;

/** Jorge's inbox: escalations matching the filter, most severe and oldest deadline first, with their notes. */
export async function listEscalations(db: Db, organizationId: string, filter: EscalationFilter, now = new Date(), limit = 200) {
  const rows = await db
    .select({ e: escalations, clientFirst: clients.firstName, clientLast: clients.lastName, seatName: seats.name, ownerName: users.name })
    .from(escalations)
    .leftJoin(clients, and(eq(clients.organizationId, escalations.organizationId), eq(clients.id, escalations.clientId)))
    .leftJoin(seats, and(eq(seats.organizationId, escalations.organizationId), eq(seats.id, escalations.seatId)))
    .leftJoin(users, and(eq(users.organizationId, escalations.organizationId), eq(users.id, escalations.ownerUserId)))
    .where(conditions(organizationId, filter, now))
    .orderBy(filter.status === "resolved" ? desc(escalations.resolvedAt) : SEVERITY_ORDER, asc(escalations.ackDueAt))
    .limit(limit);
  const ids = rows.map((r) => r.e.id);
  const notes = ids.length
    ? await db
        .select({ escalationId: escalationNotes.escalationId, id: escalationNotes.id, body: escalationNotes.body, createdAt: escalationNotes.createdAt, author: users.name })
        .from(escalationNotes)
        .leftJoin(users, and(eq(users.organizationId, escalationNotes.organizationId), eq(users.id, escalationNotes.authorUserId)))
        .where(and(eq(escalationNotes.organizationId, organizationId), inArray(escalationNotes.escalationId, ids)))
        .orderBy(asc(escalationNotes.createdAt))
    : [];
  return rows.map((r) => ({
    ...r.e, clientName: r.clientFirst ? `${r.clientFirst} ${r.clientLast ?? ""}`.trim() : null, seatName: r.seatName, ownerName: r.ownerName,
    notes: notes.filter((n) => n.escalationId === r.e.id),
  }));
}
export type EscalationRow = Awaited<ReturnType<typeof listEscalations>>[number];

/** How many escalations each trigger opened since a moment, for the chart of counts over time. */
export async function escalationsSince(db: Db, organizationId: string, since: Date) {
  return db
    .select({ trigger: escalations.trigger, createdAt: escalations.createdAt })
    .from(escalations)
    .where(and(eq(escalations.organizationId, organizationId), gte(escalations.createdAt, since)));
}

/** Counts for the inbox header: unresolved, overdue, and open critical ones. */
export async function escalationCounts(db: Db, organizationId: string, now = new Date()) {
  const [row] = await db
    .select({
      unresolved: sql<number>`count(*) filter (where ${escalations.status} <> 'resolved')`.mapWith(Number),
      overdue: sql<number>`count(*) filter (where (${escalations.status} = 'open' and ${escalations.ackDueAt} < ${now.toISOString()}::timestamptz) or (${escalations.status} <> 'resolved' and ${escalations.resolveDueAt} < ${now.toISOString()}::timestamptz))`.mapWith(Number),
      critical: sql<number>`count(*) filter (where ${escalations.status} <> 'resolved' and ${escalations.severity} = 'critical')`.mapWith(Number),
    })
    .from(escalations)
    .where(eq(escalations.organizationId, organizationId));
  return row ?? { unresolved: 0, overdue: 0, critical: 0 };
}

/** People who can own an escalation: the organization's users, by name. */
export async function escalationOwners(db: Db, organizationId: string) {
  return db.select({ id: users.id, name: users.name, role: users.role }).from(users).where(eq(users.organizationId, organizationId)).orderBy(asc(users.name));
}
