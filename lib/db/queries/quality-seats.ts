import { and, asc, desc, eq, isNull, lte, sql } from "drizzle-orm";
import type { Db, Tx } from "../client";
import { clients, correctiveActions, outboundMessages, qualityFindings, seats, users } from "../schema";
import type { QualityScope } from "./quality";

/** The seats a quality report lists, with whether each is paused; one seat when a seat id is given. */
export function qualitySeats(db: Db | Tx, organizationId: string, seatId?: string) {
  return db
    .select({ id: seats.id, name: seats.name, kind: seats.kind, role: seats.role, userId: seats.userId, pausedAt: seats.pausedAt })
    .from(seats)
    .where(and(eq(seats.organizationId, organizationId), seatId ? eq(seats.id, seatId) : undefined))
    .orderBy(asc(seats.name));
}

export type QualitySeat = Awaited<ReturnType<typeof qualitySeats>>[number];

/** Open corrective actions per seat, and how many of them are due for follow-up at `now`. */
export async function openActionCounts(db: Db, organizationId: string, now: Date): Promise<Map<string, { open: number; due: number }>> {
  const rows = await db
    .select({ seatId: correctiveActions.seatId, open: sql<number>`count(*)::int`, due: sql<number>`count(*) filter (where ${lte(correctiveActions.followUpAt, now)})::int` })
    .from(correctiveActions)
    .where(and(eq(correctiveActions.organizationId, organizationId), isNull(correctiveActions.followedUpAt)))
    .groupBy(correctiveActions.seatId);
  return new Map(rows.map((r) => [r.seatId, { open: Number(r.open), due: Number(r.due) }]));
}

/** A seat's messages of the period, newest first, with the client and every finding on each; `flagged` keeps those with a finding or a gate refusal. */
export async function seatMessages(db: Db, scope: QualityScope & { seatId: string }, { flagged = false, limit = 50 }: { flagged?: boolean; limit?: number } = {}) {
  const findings = sql<{ rule: string; level: string; code: string; excerpt: string; message: string; suggestion: string | null }[]>`coalesce((
    select json_agg(json_build_object('rule', f.rule, 'level', f.level, 'code', f.code, 'excerpt', f.excerpt, 'message', f.message, 'suggestion', f.suggestion) order by f.created_at)
    from quality_findings f where f.organization_id = ${outboundMessages.organizationId} and f.outbound_message_id = ${outboundMessages.id}), '[]'::json)`;
  const hasFinding = sql`exists (select 1 from ${qualityFindings} f where f.organization_id = ${outboundMessages.organizationId} and f.outbound_message_id = ${outboundMessages.id})`;
  const rows = await db
    .select({
      id: outboundMessages.id, clientId: outboundMessages.clientId, firstName: clients.firstName, lastName: clients.lastName,
      channel: outboundMessages.channel, authorKind: outboundMessages.authorKind, body: outboundMessages.body, state: outboundMessages.state,
      allowed: outboundMessages.allowed, fairHousing: outboundMessages.fairHousing, overriddenAt: outboundMessages.overriddenAt,
      createdAt: outboundMessages.createdAt, sentAt: outboundMessages.sentAt, deliveredAt: outboundMessages.deliveredAt, findings,
    })
    .from(outboundMessages)
    .innerJoin(clients, and(eq(clients.organizationId, outboundMessages.organizationId), eq(clients.id, outboundMessages.clientId)))
    .where(and(
      eq(outboundMessages.organizationId, scope.organizationId), eq(outboundMessages.seatId, scope.seatId),
      sql`${outboundMessages.createdAt} >= ${scope.from.toISOString()}::timestamptz and ${outboundMessages.createdAt} < ${scope.to.toISOString()}::timestamptz`,
      flagged ? sql`(not ${outboundMessages.allowed} or ${hasFinding})` : undefined,
    ))
    .orderBy(desc(outboundMessages.createdAt))
    .limit(limit);
  return rows.map((r) => ({ ...r, findings: typeof r.findings === "string" ? JSON.parse(r.findings) as typeof r.findings : r.findings }));
}

export type SeatMessage = Awaited<ReturnType<typeof seatMessages>>[number];

/** Corrective actions, newest first, with who recorded them: one seat's, or the team's still open. */
export function correctiveActionList(db: Db, organizationId: string, filter: { seatId: string } | { open: true }, limit = 50) {
  return db
    .select({
      id: correctiveActions.id, seatId: correctiveActions.seatId, seatName: seats.name, kind: correctiveActions.kind, rule: correctiveActions.rule,
      note: correctiveActions.note, templateKey: correctiveActions.templateKey, createdBy: users.name, createdAt: correctiveActions.createdAt,
      followUpAt: correctiveActions.followUpAt, followedUpAt: correctiveActions.followedUpAt, outcome: correctiveActions.outcome, followUpNote: correctiveActions.followUpNote,
    })
    .from(correctiveActions)
    .innerJoin(seats, and(eq(seats.organizationId, correctiveActions.organizationId), eq(seats.id, correctiveActions.seatId)))
    .leftJoin(users, and(eq(users.organizationId, correctiveActions.organizationId), eq(users.id, correctiveActions.createdByUserId)))
    .where(and(eq(correctiveActions.organizationId, organizationId), "seatId" in filter ? eq(correctiveActions.seatId, filter.seatId) : isNull(correctiveActions.followedUpAt)))
    .orderBy("seatId" in filter ? desc(correctiveActions.createdAt) : asc(correctiveActions.followUpAt))
    .limit(limit);
}

export type CorrectiveActionRow = Awaited<ReturnType<typeof correctiveActionList>>[number];
