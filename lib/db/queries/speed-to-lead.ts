import { sql } from "drizzle-orm";
import type { LeadRow } from "../../domain/assignment/speed-to-lead";
import type { Db } from "../client";
import { queryRows } from "../rows";
import type { ClientScope } from "./scope";

/**
 * Each client request of the last `days` days with the seat that took its lead place and the
 * moment of the first meaningful action on the client since it arrived: the first message or call
 * a seat sent (internal notes do not count). A team member's scope keeps their own seat's leads.
 */
export async function speedToLeadRows(db: Db, scope: ClientScope, now: Date, days = 30): Promise<LeadRow[]> {
  const since = new Date(now.getTime() - days * 86_400_000);
  const rows = await queryRows<{ seat_id: string | null; received_at: Date; first_action_at: Date | null }>(db, sql`
    select lead.seat_id, r.received_at,
      (select min(i.occurred_at) from interactions i
        where i.organization_id = r.organization_id and i.client_id = r.client_id and i.direction = 'outbound' and i.channel <> 'note' and i.occurred_at >= r.received_at) as first_action_at
    from client_requests r
    left join lateral (
      select a.seat_id from assignments a
      where a.organization_id = r.organization_id and a.request_id = r.id and a.team_role = 'lead' and a.state in ('accepted', 'completed')
      order by a.responded_at desc nulls last limit 1
    ) lead on true
    where r.organization_id = ${scope.organizationId} and r.client_id is not null and r.received_at >= ${since.toISOString()}::timestamptz and r.received_at <= ${now.toISOString()}::timestamptz
      and ${scope.all ? sql`true` : sql`lead.seat_id = ${scope.seatId}`}`);
  return rows.map((r) => ({ seatId: r.seat_id, receivedAt: new Date(r.received_at), firstActionAt: r.first_action_at ? new Date(r.first_action_at) : null }));
}
