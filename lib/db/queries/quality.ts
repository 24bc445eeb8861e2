import { sql, type SQL } from "drizzle-orm";
import type { DayCount } from "../../domain/quality/daily-series";
import { NO_COUNTS, RUBRIC_RULES, type FindingCount, type QualityCounts } from "../../domain/quality/report";
import type { Db } from "../client";
import { queryRows } from "../rows";

/** The rows a quality report reads: one organization, a period [from, to), and one seat or the whole team. */
export interface QualityScope {
  organizationId: string;
  from: Date;
  to: Date;
  /** Only this seat's rows; absent for the team. */
  seatId?: string;
}

const iso = (d: Date) => sql`${d.toISOString()}::timestamptz`;
const seatIs = (column: SQL, scope: QualityScope) => (scope.seatId ? sql`${column} = ${scope.seatId}::uuid` : sql`true`);
const rubric = sql.join(RUBRIC_RULES.map((r) => sql`${r}`), sql`, `);
const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));

/** Per seat and for the team (key "team"): every figure of QualityCounts, each aggregated in SQL. */
export async function qualityCounts(db: Db, scope: QualityScope): Promise<Map<string, QualityCounts>> {
  const org = scope.organizationId;
  const [messages, replies, satisfaction] = await Promise.all([
    queryRows<{ seat_id: string | null; team: number; reviewed: number; blocked: number; warned: number; sent_anyway: number; on_rubric: number }>(db, sql`
      select o.seat_id, grouping(o.seat_id)::int as team, count(*)::int as reviewed,
        count(*) filter (where o.state = 'blocked')::int as blocked,
        count(*) filter (where not o.allowed and o.state <> 'blocked')::int as warned,
        count(*) filter (where o.overridden_at is not null)::int as sent_anyway,
        count(*) filter (where not exists (select 1 from quality_findings f
          where f.organization_id = o.organization_id and f.outbound_message_id = o.id and f.rule in (${rubric})))::int as on_rubric
      from outbound_messages o
      where o.organization_id = ${org} and o.created_at >= ${iso(scope.from)} and o.created_at < ${iso(scope.to)} and ${seatIs(sql`o.seat_id`, scope)}
      group by grouping sets ((o.seat_id), ())`),
    // Each reply answers the run of client messages since the team last wrote: its wait starts at the first of them.
    queryRows<{ seat_id: string | null; team: number; replies: number; p50: number | null; p90: number | null }>(db, sql`
      with answered as (
        select distinct on (reply.id) reply.seat_id, greatest(0, extract(epoch from (reply.occurred_at - i.occurred_at))) as seconds
        from interactions i
        join lateral (
          select o.id, o.seat_id, o.occurred_at from interactions o
          where o.organization_id = i.organization_id and o.client_id = i.client_id and o.direction = 'outbound' and o.channel <> 'note'
            and o.occurred_at >= i.occurred_at and o.occurred_at < ${iso(scope.to)}
          order by o.occurred_at limit 1
        ) reply on true
        where i.organization_id = ${org} and i.direction = 'inbound' and i.channel in ('sms', 'email', 'chat', 'social')
          and i.occurred_at >= ${iso(scope.from)} and i.occurred_at < ${iso(scope.to)}
        order by reply.id, i.occurred_at
      )
      select seat_id, grouping(seat_id)::int as team, count(*)::int as replies,
        percentile_cont(0.5) within group (order by seconds)::float8 as p50, percentile_cont(0.9) within group (order by seconds)::float8 as p90
      from answered where ${seatIs(sql`seat_id`, scope)}
      group by grouping sets ((seat_id), ())`),
    queryRows<{ seat_id: string | null; team: number; mean: number | null; clients: number }>(db, sql`
      select owner_seat_id as seat_id, grouping(owner_seat_id)::int as team, avg(satisfaction)::float8 as mean, count(satisfaction)::int as clients
      from clients where organization_id = ${org} and satisfaction is not null and ${seatIs(sql`owner_seat_id`, scope)}
      group by grouping sets ((owner_seat_id), ())`),
  ]);
  const out = new Map<string, QualityCounts>();
  const key = (r: { seat_id: string | null; team: number }) => (Number(r.team) === 1 ? "team" : r.seat_id);
  const entry = (k: string) => out.get(k) ?? out.set(k, { ...NO_COUNTS }).get(k)!;
  for (const r of messages) {
    const k = key(r);
    if (k) Object.assign(entry(k), { reviewed: r.reviewed, blocked: r.blocked, warned: r.warned, sentAnyway: r.sent_anyway, onRubric: r.on_rubric });
  }
  for (const r of replies) {
    const k = key(r);
    if (k) Object.assign(entry(k), { replies: r.replies, replyP50Seconds: num(r.p50), replyP90Seconds: num(r.p90) });
  }
  for (const r of satisfaction) {
    const k = key(r);
    if (k) Object.assign(entry(k), { satisfaction: num(r.mean), satisfactionClients: r.clients });
  }
  return out;
}

/** Findings of the period by rule, category and level, per seat and for the team (key "team"). */
export async function qualityFindingCounts(db: Db, scope: QualityScope): Promise<Map<string, FindingCount[]>> {
  const rows = await queryRows<{ seat_id: string | null; team: number; rule: string; code: string; level: string; count: number }>(db, sql`
    select seat_id, grouping(seat_id)::int as team, rule, code, level, count(*)::int as count
    from quality_findings
    where organization_id = ${scope.organizationId} and created_at >= ${iso(scope.from)} and created_at < ${iso(scope.to)} and ${seatIs(sql`seat_id`, scope)}
    group by grouping sets ((seat_id, rule, code, level), (rule, code, level))`);
  const out = new Map<string, FindingCount[]>();
  for (const r of rows) {
    const k = Number(r.team) === 1 ? "team" : r.seat_id;
    if (!k) continue;
    const list = out.get(k) ?? out.set(k, []).get(k)!;
    list.push({ rule: r.rule, code: r.code, level: r.level, count: r.count });
  }
  return out;
}

/** Messages and findings per local day of the period, in the team's time zone. */
export async function qualityByDay(db: Db, scope: QualityScope, timeZone: string): Promise<DayCount[]> {
  const day = (column: SQL) => sql`to_char(${column} at time zone ${timeZone}, 'YYYY-MM-DD')`;
  const rows = await queryRows<{ day: string; reviewed: number; blocked: number; warned: number; findings: number }>(db, sql`
    with m as (
      select ${day(sql`created_at`)} as day, count(*)::int as reviewed, count(*) filter (where state = 'blocked')::int as blocked,
        count(*) filter (where not allowed and state <> 'blocked')::int as warned
      from outbound_messages
      where organization_id = ${scope.organizationId} and created_at >= ${iso(scope.from)} and created_at < ${iso(scope.to)} and ${seatIs(sql`seat_id`, scope)}
      group by 1
    ), f as (
      select ${day(sql`created_at`)} as day, count(*)::int as findings
      from quality_findings
      where organization_id = ${scope.organizationId} and created_at >= ${iso(scope.from)} and created_at < ${iso(scope.to)} and ${seatIs(sql`seat_id`, scope)}
      group by 1
    )
    select coalesce(m.day, f.day) as day, coalesce(m.reviewed, 0) as reviewed, coalesce(m.blocked, 0) as blocked, coalesce(m.warned, 0) as warned, coalesce(f.findings, 0) as findings
    from m full join f on f.day = m.day order by 1`);
  return rows.map((r) => ({ day: r.day, reviewed: Number(r.reviewed), blocked: Number(r.blocked), warned: Number(r.warned), findings: Number(r.findings) }));
}
