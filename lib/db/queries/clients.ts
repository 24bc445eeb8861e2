import { and, asc, count, desc, eq, gte, ilike, inArray, or, sql } from "drizzle-orm";
import type { Db } from "../client";
import { appointments, assignments, clients, interactions, markets, seats, tasks } from "../schema";
import { clientsInScope, reachesWhole, type ClientScope } from "./scope";

export const CLIENT_PAGE_SIZE = 25;

export interface ClientListFilter {
  q?: string;
  stage?: string;
  marketId?: string;
  /** "none": no lead holds or has been offered the client, and the client is still open; "pending": a lead offer waits for an answer. */
  team?: "none" | "pending";
  page?: number;
}

function leadCondition(team: "none" | "pending") {
  const lead = (states: string) => sql`exists (select 1 from assignments a where a.organization_id = ${clients.organizationId} and a.client_id = ${clients.id} and a.team_role = 'lead' and a.state in (${sql.raw(states)}))`;
  return team === "pending" ? lead("'offered'") : sql`not ${lead("'offered', 'accepted'")} and ${clients.stage} not in ('Closed', 'Lost')`;
}

/**
 * For a seat's scope, the same clients as clientsInScope named as a small set of ids (its
 * active assignments and the clients it owns, through assignments_seat_state and clients_owner):
 * without it PostgreSQL estimates the seat's share of the clients by the OR of the scope and, at
 * 50,000 clients, compiles the query (JIT) for longer than it runs.
 */
function seatClients(scope: ClientScope) {
  if (scope.all || !scope.seatId) return undefined;
  return sql`${clients.id} in (select a.client_id from assignments a where a.organization_id = ${scope.organizationId} and a.seat_id = ${scope.seatId} and a.state in ('offered', 'accepted')
    union all select o.id from clients o where o.organization_id = ${scope.organizationId} and o.owner_seat_id = ${scope.seatId})`;
}

/**
 * One page of the clients a viewer may see, with the total for paging: the clients they work,
 * newest activity first, then the ones their seat holds only a pending offer on, marked
 * `preview` and carrying nothing beyond the name, type and market (answered in the Inbox, so
 * they follow the working list). A search matches a preview row by name only, never by its
 * contact details.
 *
 * Each working row also carries its last contact (the latest message or call either way, with
 * its channel) and its next step (the soonest open task, or the next scheduled appointment when
 * that comes first). The page is cut first and the look-ups (these two, and whom a pending lead
 * was offered to) run as lateral joins for its rows only, on interactions_client_time,
 * tasks_client, appointments_client_time and assignments_client, so the cost does not grow with
 * the number of clients.
 */
export async function listClients(db: Db, scope: ClientScope, filter: ClientListFilter, now = new Date()) {
  const page = Math.max(1, filter.page ?? 1);
  const term = filter.q?.trim();
  const whole = reachesWhole(db, scope);
  const where = and(
    clientsInScope(db, scope, "preview"),
    seatClients(scope),
    filter.stage ? eq(clients.stage, filter.stage) : undefined,
    filter.marketId ? eq(clients.marketId, filter.marketId) : undefined,
    filter.team ? leadCondition(filter.team) : undefined,
    term
      ? or(
          ilike(sql`${clients.firstName} || ' ' || ${clients.lastName}`, `%${term}%`),
          and(whole, or(ilike(clients.email, `%${term}%`), ilike(clients.phone, `%${term}%`))),
        )
      : undefined,
  );
  const listed = db
    .select({
      whole: whole.as("whole"),
      organizationId: clients.organizationId,
      id: clients.id,
      firstName: clients.firstName,
      lastName: clients.lastName,
      type: clients.type,
      pipeline: clients.pipeline,
      stage: clients.stage,
      temperature: clients.temperature,
      leadScore: clients.leadScore,
      marketName: sql<string | null>`${markets.name}`.as("market_name"),
      ownerName: sql<string | null>`${seats.name}`.as("owner_name"),
      updatedAt: clients.updatedAt,
    })
    .from(clients)
    .leftJoin(markets, and(eq(markets.organizationId, clients.organizationId), eq(markets.id, clients.marketId)))
    .leftJoin(seats, and(eq(seats.organizationId, clients.organizationId), eq(seats.id, clients.ownerSeatId)))
    .where(where)
    .orderBy(desc(whole), desc(clients.updatedAt), asc(clients.id))
    .limit(CLIENT_PAGE_SIZE)
    .offset((page - 1) * CLIENT_PAGE_SIZE)
    .as("listed");
  const offeredTo = db
    .select({ name: sql<string>`${seats.name}`.as("offered_to") })
    .from(assignments)
    .innerJoin(seats, and(eq(seats.organizationId, assignments.organizationId), eq(seats.id, assignments.seatId)))
    .where(and(eq(assignments.organizationId, listed.organizationId), eq(assignments.clientId, listed.id), eq(assignments.teamRole, "lead"), eq(assignments.state, "offered"), listed.whole))
    .limit(1)
    .as("offered");
  const lastContact = db
    .select({ at: sql<Date>`${interactions.occurredAt}`.as("contact_at"), channel: sql<string>`${interactions.channel}`.as("contact_channel") })
    .from(interactions)
    .where(and(eq(interactions.organizationId, listed.organizationId), eq(interactions.clientId, listed.id), inArray(interactions.direction, ["inbound", "outbound"]), listed.whole))
    .orderBy(desc(interactions.occurredAt))
    .limit(1)
    .as("last_contact");
  const nextTask = db
    .select({ title: sql<string>`${tasks.title}`.as("task_title"), at: sql<Date | null>`${tasks.dueAt}`.as("task_due") })
    .from(tasks)
    .where(and(eq(tasks.organizationId, listed.organizationId), eq(tasks.clientId, listed.id), eq(tasks.status, "open"), listed.whole))
    .orderBy(sql`${tasks.dueAt} asc nulls last`)
    .limit(1)
    .as("next_task");
  const nextVisit = db
    .select({ kind: sql<string>`${appointments.kind}`.as("visit_kind"), at: sql<Date>`${appointments.startsAt}`.as("visit_at") })
    .from(appointments)
    .where(and(eq(appointments.organizationId, listed.organizationId), eq(appointments.clientId, listed.id), gte(appointments.startsAt, now), eq(appointments.status, "scheduled"), listed.whole))
    .orderBy(asc(appointments.startsAt))
    .limit(1)
    .as("next_visit");
  const [rows, [total]] = await Promise.all([
    db
      .select({
        whole: listed.whole, id: listed.id, firstName: listed.firstName, lastName: listed.lastName, type: listed.type, pipeline: listed.pipeline,
        stage: listed.stage, temperature: listed.temperature, leadScore: listed.leadScore, marketName: listed.marketName, ownerName: listed.ownerName, offeredTo: offeredTo.name, updatedAt: listed.updatedAt,
        contactAt: lastContact.at, contactChannel: lastContact.channel, taskTitle: nextTask.title, taskDue: nextTask.at, visitKind: nextVisit.kind, visitAt: nextVisit.at,
      })
      .from(listed)
      .leftJoinLateral(offeredTo, sql`true`)
      .leftJoinLateral(lastContact, sql`true`)
      .leftJoinLateral(nextTask, sql`true`)
      .leftJoinLateral(nextVisit, sql`true`)
      .orderBy(desc(listed.whole), desc(listed.updatedAt), asc(listed.id)),
    db.select({ n: count() }).from(clients).where(where),
  ]);
  const shaped = rows.map(({ contactAt, contactChannel, taskTitle, taskDue, visitKind, visitAt, ...r }) => ({
    ...r, whole: Boolean(r.whole), updatedAt: toDate(r.updatedAt), lastContact: contactOf(contactAt, contactChannel), nextStep: nextStepOf(taskTitle, taskDue, visitKind, visitAt),
  }));
  return { rows: shaped.map(listRow), total: total?.n ?? 0, page, pageSize: CLIENT_PAGE_SIZE };
}

const toDate = (v: Date | string) => (v instanceof Date ? v : new Date(v));

/** When and by what channel the team and the client last spoke, or null. */
export type LastContact = { at: Date; channel: string } | null;
/** What comes next with a client: the soonest open task, or a booked appointment when it comes first. */
export type NextStep = { kind: "task"; title: string; at: Date | null } | { kind: "appointment"; appointment: string; at: Date } | null;

type When = Date | string | null;

function contactOf(at: When, channel: string | null): LastContact {
  return at && channel ? { at: toDate(at), channel } : null;
}

/** The sooner of the next open task and the next appointment; an undated task yields to any appointment. */
function nextStepOf(title: string | null, due: When, visit: string | null, visitAt: When): NextStep {
  const taskAt = due ? toDate(due) : null;
  const startsAt = visitAt ? toDate(visitAt) : null;
  if (visit && startsAt && (!title || !taskAt || startsAt.getTime() < taskAt.getTime())) return { kind: "appointment", appointment: visit, at: startsAt };
  return title ? { kind: "task", title, at: taskAt } : null;
}

type ListedRow = { whole: boolean; id: string; firstName: string; lastName: string; type: string; marketName: string | null };

/** A listed client as the viewer may see it: whole, or the preview fields of a pending offer only. */
function listRow<T extends ListedRow>(row: T): ({ preview: false } & Omit<T, "whole">) | ({ preview: true } & Pick<T, "id" | "firstName" | "lastName" | "type" | "marketName">) {
  const { whole, ...rest } = row;
  if (whole) return { preview: false, ...rest };
  return { preview: true, id: row.id, firstName: row.firstName, lastName: row.lastName, type: row.type, marketName: row.marketName };
}

/**
 * A client the viewer reaches whole (owner, accepted place, or sees every client), or null:
 * callers answer 404 so other seats' clients stay invisible. A seat holding only a pending offer
 * gets null here too; the offer preview is read with getOfferPreview.
 */
export async function getClientInScope(db: Db, scope: ClientScope, clientId: string) {
  const [row] = await db
    .select({ client: clients, marketName: markets.name, ownerName: seats.name })
    .from(clients)
    .leftJoin(markets, and(eq(markets.organizationId, clients.organizationId), eq(markets.id, clients.marketId)))
    .leftJoin(seats, and(eq(seats.organizationId, clients.organizationId), eq(seats.id, clients.ownerSeatId)))
    .where(and(clientsInScope(db, scope, "whole"), eq(clients.id, clientId)))
    .limit(1);
  return row ?? null;
}

/** True when someone holds or has been offered the client's lead place. */
export async function hasActiveLead(db: Db, organizationId: string, clientId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: assignments.id })
    .from(assignments)
    .where(and(eq(assignments.organizationId, organizationId), eq(assignments.clientId, clientId), eq(assignments.teamRole, "lead"), inArray(assignments.state, ["offered", "accepted"])))
    .limit(1);
  return Boolean(row);
}
