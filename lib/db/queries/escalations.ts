import { and, asc, desc, eq, gte, inArray, lt, or, sql, type SQL, type SQLWrapper } from "drizzle-orm";
import { compareForInbox, NEEDS_JORGE_FIRST, REPEAT_NOTE_PREFIX } from "../../domain/escalation/inbox-order";
import { SEVERITIES } from "../../domain/team/vocabulary";
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

/** A CASE giving each listed value its position, and every other value the next one. */
const rankOf = (column: SQLWrapper, values: readonly string[]) =>
  sql`case ${column} ${sql.join(values.map((v, i) => sql`when ${v} then ${i}`), sql` `)} else ${values.length} end`;
/** The inbox order of compareForInbox, in SQL, so the limit keeps the escalations that need Jorge most. */
const INBOX_ORDER = [
  rankOf(escalations.trigger, NEEDS_JORGE_FIRST),
  rankOf(escalations.severity, SEVERITIES),
  sql`case when ${escalations.status} = 'open' then ${escalations.ackDueAt} else ${escalations.resolveDueAt} end`,
  desc(escalations.createdAt),
];

/**
 * Jorge's inbox: escalations matching the filter with their notes and the times their cause was
 * raised again. Unresolved ones come in the order of what needs him (a client asking for him,
 * distress, a hot qualified lead, then severity and the nearest deadline); resolved ones newest first.
 */
export async function listEscalations(db: Db, organizationId: string, filter: EscalationFilter, now = new Date(), limit = 200) {
  const resolved = filter.status === "resolved";
  const rows = await db
    .select({ e: escalations, clientFirst: clients.firstName, clientLast: clients.lastName, seatName: seats.name, ownerName: users.name })
    .from(escalations)
    .leftJoin(clients, and(eq(clients.organizationId, escalations.organizationId), eq(clients.id, escalations.clientId)))
    .leftJoin(seats, and(eq(seats.organizationId, escalations.organizationId), eq(seats.id, escalations.seatId)))
    .leftJoin(users, and(eq(users.organizationId, escalations.organizationId), eq(users.id, escalations.ownerUserId)))
    .where(conditions(organizationId, filter, now))
    .orderBy(...(resolved ? [desc(escalations.resolvedAt)] : INBOX_ORDER), asc(escalations.id))
    .limit(limit);
  const ids = rows.map((r) => r.e.id);
  const notes = ids.length
    ? await db
        .select({ escalationId: escalationNotes.escalationId, id: escalationNotes.id, body: escalationNotes.body, createdAt: escalationNotes.createdAt, authorUserId: escalationNotes.authorUserId, author: users.name })
        .from(escalationNotes)
        .leftJoin(users, and(eq(users.organizationId, escalationNotes.organizationId), eq(users.id, escalationNotes.authorUserId)))
        .where(and(eq(escalationNotes.organizationId, organizationId), inArray(escalationNotes.escalationId, ids)))
        .orderBy(asc(escalationNotes.createdAt))
    : [];
  const isRepeat = (n: (typeof notes)[number]) => n.authorUserId === null && n.body.startsWith(REPEAT_NOTE_PREFIX);
  const list = rows.map((r) => {
    const own = notes.filter((n) => n.escalationId === r.e.id);
    return {
      ...r.e, clientName: r.clientFirst ? `${r.clientFirst} ${r.clientLast ?? ""}`.trim() : null, seatName: r.seatName, ownerName: r.ownerName,
      notes: own, repeatedAt: own.filter(isRepeat).map((n) => n.createdAt),
    };
  });
  return resolved ? list : list.sort(compareForInbox);
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
