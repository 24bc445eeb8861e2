import { sql } from "drizzle-orm";
import type { SatisfactionEvidence } from "../../domain/satisfaction/satisfaction-signal";
import type { Db, Tx } from "../client";
import { queryRows } from "../rows";

interface Row {
  key: string;
  client_id: string;
  response_minutes: number | null;
  sentiment: number | null;
  survey: number | null;
}

/**
 * Each inbound message of the last `days` days with the minutes to the team's next reply and
 * its sentiment, grouped by `groupBy` (the client's owner seat, or the client), plus the
 * client's survey score. One query; grouping into evidence happens here.
 */
async function evidence(db: Db | Tx, organizationId: string, since: Date, groupBy: "seat" | "client", clientId?: string): Promise<Map<string, SatisfactionEvidence>> {
  const key = groupBy === "seat" ? sql`c.owner_seat_id::text` : sql`c.id::text`;
  const rows = await queryRows<Row>(db, sql`
    select ${key} as key, c.id::text as client_id, i.sentiment, c.satisfaction as survey,
      extract(epoch from ((select min(o.occurred_at) from interactions o
        where o.organization_id = i.organization_id and o.client_id = i.client_id and o.direction = 'outbound' and o.occurred_at > i.occurred_at) - i.occurred_at)) / 60 as response_minutes
    from interactions i
    join clients c on c.organization_id = i.organization_id and c.id = i.client_id
    where i.organization_id = ${organizationId} and i.direction = 'inbound' and i.occurred_at >= ${since.toISOString()}
      and ${groupBy === "seat" ? sql`c.owner_seat_id is not null` : clientId ? sql`c.id = ${clientId}` : sql`true`}`);
  const out = new Map<string, { responseMinutes: number[]; sentiments: number[]; surveys: number[]; surveyed: Set<string> }>();
  for (const r of rows) {
    const e = out.get(r.key) ?? { responseMinutes: [], sentiments: [], surveys: [], surveyed: new Set<string>() };
    if (r.response_minutes !== null) e.responseMinutes.push(Number(r.response_minutes));
    if (r.sentiment !== null) e.sentiments.push(Number(r.sentiment));
    // A client's survey score counts once, however many messages they sent.
    if (r.survey !== null && !e.surveyed.has(r.client_id)) {
      e.surveys.push(Number(r.survey));
      e.surveyed.add(r.client_id);
    }
    out.set(r.key, e);
  }
  return new Map([...out].map(([k, e]) => [k, { responseMinutes: e.responseMinutes, sentiments: e.sentiments, surveys: e.surveys }]));
}

/** Satisfaction evidence per seat, from the clients each seat owns. */
export const evidenceBySeat = (db: Db | Tx, organizationId: string, since: Date) => evidence(db, organizationId, since, "seat");

/** Satisfaction evidence per client, for every client who wrote in the period. */
export const evidenceByClient = (db: Db | Tx, organizationId: string, since: Date) => evidence(db, organizationId, since, "client");

/** Satisfaction evidence for one client over the last `days` days. */
export async function evidenceForClient(db: Db | Tx, organizationId: string, clientId: string, days = 90, now = new Date()): Promise<SatisfactionEvidence> {
  const since = new Date(now.getTime() - days * 86_400_000);
  return (await evidence(db, organizationId, since, "client", clientId)).get(clientId) ?? { responseMinutes: [], sentiments: [], surveys: [] };
}
