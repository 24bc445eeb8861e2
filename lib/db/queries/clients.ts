import { and, asc, count, desc, eq, ilike, inArray, or, sql } from "drizzle-orm";
import type { Db } from "../client";
import { assignments, clients, markets, seats } from "../schema";
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
 * One page of the clients a viewer may see, with the total for paging: the clients they work,
 * newest activity first, then the ones their seat holds only a pending offer on, marked
 * `preview` and carrying nothing beyond the name, type and market (answered in the Inbox, so
 * they follow the working list). A search matches a preview row by name only, never by its
 * contact details.
 */
export async function listClients(db: Db, scope: ClientScope, filter: ClientListFilter) {
  const page = Math.max(1, filter.page ?? 1);
  const term = filter.q?.trim();
  const whole = reachesWhole(db, scope);
  const where = and(
    clientsInScope(db, scope, "preview"),
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
  const [rows, [total]] = await Promise.all([
    db
      .select({
        whole,
        id: clients.id,
        firstName: clients.firstName,
        lastName: clients.lastName,
        type: clients.type,
        pipeline: clients.pipeline,
        stage: clients.stage,
        temperature: clients.temperature,
        leadScore: clients.leadScore,
        marketName: markets.name,
        ownerName: seats.name,
        offeredTo: sql<string | null>`(select s.name from assignments a join seats s on s.organization_id = a.organization_id and s.id = a.seat_id
          where a.organization_id = "clients"."organization_id" and a.client_id = "clients"."id" and a.team_role = 'lead' and a.state = 'offered' limit 1)`,
        updatedAt: clients.updatedAt,
      })
      .from(clients)
      .leftJoin(markets, and(eq(markets.organizationId, clients.organizationId), eq(markets.id, clients.marketId)))
      .leftJoin(seats, and(eq(seats.organizationId, clients.organizationId), eq(seats.id, clients.ownerSeatId)))
      .where(where)
      .orderBy(desc(whole), desc(clients.updatedAt), asc(clients.id))
      .limit(CLIENT_PAGE_SIZE)
      .offset((page - 1) * CLIENT_PAGE_SIZE),
    db.select({ n: count() }).from(clients).where(where),
  ]);
  return { rows: rows.map(listRow), total: total?.n ?? 0, page, pageSize: CLIENT_PAGE_SIZE };
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
