import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { z } from "zod";
import { ACTIVE_ASSIGNMENT_STATES } from "@/lib/domain/team/vocabulary";
import type { Db } from "@/lib/db/client";
import { queryRows } from "@/lib/db/rows";
import { assignments, clients, interactions, markets, qualificationAnswers, seats } from "@/lib/db/schema";
import { fail, ok, type Result } from "../result";

/** How many messages, both ways, a client record carries. */
export const RECORD_MESSAGES = 20;

/** How another system names the client: our id, or its GoHighLevel contact id. */
export type ClientLookup = { id: string } | { ghlContactId: string };

const idSchema = z.guid();
/** GHL contact ids are short base62 strings; anything else cannot name a contact. */
export const GHL_CONTACT_ID = /^[A-Za-z0-9_-]{1,64}$/;

const NOT_FOUND = "No client with this id on your team. Check the id; a client of another organization is never shown.";

interface MessageRow {
  kind: "interaction" | "outbox"; id: string; direction: string; channel: string; body: string; at: Date | string; seat_id: string | null; seat_name: string | null;
  outbound_id: string | null; state: string | null; allowed: boolean | null; fair_housing: string | null; verdict: unknown; sent_at: Date | string | null; delivered_at: Date | string | null;
}

const when = (v: Date | string | null) => (v === null ? null : new Date(v).toISOString());

/** The last messages with a client both ways, with each one's gate verdict and delivery state; blocked or held outbox rows never reached the timeline, so they come from the outbox. */
async function lastMessages(db: Db, organizationId: string, clientId: string) {
  const rows = await queryRows<MessageRow>(db, sql`
    select * from (
      (select 'interaction' as kind, i.id, i.direction, i.channel, i.body, i.occurred_at as at, i.seat_id, s.name as seat_name,
        o.id as outbound_id, o.state, o.allowed, o.fair_housing, o.verdict, o.sent_at, o.delivered_at
      from interactions i
      left join outbound_messages o on o.organization_id = i.organization_id and o.interaction_id = i.id and o.client_id = i.client_id
      left join seats s on s.organization_id = i.organization_id and s.id = i.seat_id
      where i.organization_id = ${organizationId} and i.client_id = ${clientId} and i.direction in ('inbound', 'outbound')
      order by i.occurred_at desc limit ${RECORD_MESSAGES})
      union all
      (select 'outbox', o.id, 'outbound', o.channel, o.body, o.created_at, o.seat_id, s.name, o.id, o.state, o.allowed, o.fair_housing, o.verdict, o.sent_at, o.delivered_at
      from outbound_messages o
      left join seats s on s.organization_id = o.organization_id and s.id = o.seat_id
      where o.organization_id = ${organizationId} and o.client_id = ${clientId} and o.interaction_id is null and o.state in ('blocked', 'held')
      order by o.created_at desc limit ${RECORD_MESSAGES})
    ) m order by at desc limit ${RECORD_MESSAGES}`);
  return rows.map((r) => ({
    id: r.kind === "interaction" ? r.id : null, outboundMessageId: r.outbound_id, direction: r.direction, channel: r.channel, body: r.body, at: when(r.at),
    seat: r.seat_id ? { id: r.seat_id, name: r.seat_name } : null,
    gate: r.outbound_id ? { state: r.state, allowed: r.allowed, fairHousing: r.fair_housing, verdict: typeof r.verdict === "string" ? JSON.parse(r.verdict) : r.verdict, sentAt: when(r.sent_at), deliveredAt: when(r.delivered_at) } : null,
  }));
}

/**
 * What the team knows about one client, for other systems: the profile, temperature, lead
 * score and stage, every qualification answer with the message it came from, the working team
 * (lead and supporters with their seats and roles), consent per channel, and the last messages
 * both ways with their gate verdicts and delivery states. 404 for a client of another
 * organization, exactly as for one that does not exist.
 */
export async function getClientRecord(db: Db, organizationId: string, lookup: ClientLookup): Promise<Result<Record<string, unknown>>> {
  if ("id" in lookup && !idSchema.safeParse(lookup.id).success) return fail(400, "The client id must be a UUID, such as 3f2c9a4e-1b7d-4c8e-9f0a-2d6b5e8c1a37; to look a client up by GoHighLevel contact, call GET /api/v1/clients?ghlContactId=…");
  if ("ghlContactId" in lookup && !GHL_CONTACT_ID.test(lookup.ghlContactId)) return fail(400, "ghlContactId is 1 to 64 letters, digits, dashes or underscores, as GoHighLevel shows the contact's id.");
  const where = "id" in lookup ? eq(clients.id, lookup.id) : eq(clients.ghlContactId, lookup.ghlContactId);
  const [c] = await db.select({ client: clients, marketName: markets.name }).from(clients)
    .leftJoin(markets, and(eq(markets.organizationId, clients.organizationId), eq(markets.id, clients.marketId)))
    .where(and(eq(clients.organizationId, organizationId), where)).limit(1);
  if (!c) return fail(404, "id" in lookup ? NOT_FOUND : "No client with this GoHighLevel contact id on your team.");
  const client = c.client;
  const [answers, team, messages] = await Promise.all([
    db.select({ field: qualificationAnswers.field, value: qualificationAnswers.value, excerpt: qualificationAnswers.excerpt, quality: qualificationAnswers.quality, extractedAt: qualificationAnswers.extractedAt, sourceId: interactions.id, sourceBody: interactions.body, sourceAt: interactions.occurredAt, sourceChannel: interactions.channel })
      .from(qualificationAnswers)
      .leftJoin(interactions, and(eq(interactions.organizationId, qualificationAnswers.organizationId), eq(interactions.id, qualificationAnswers.sourceInteractionId)))
      .where(and(eq(qualificationAnswers.organizationId, organizationId), eq(qualificationAnswers.clientId, client.id)))
      .orderBy(asc(qualificationAnswers.field)),
    db.select({ seatId: seats.id, name: seats.name, kind: seats.kind, seatRole: assignments.seatRole, teamRole: assignments.teamRole, state: assignments.state })
      .from(assignments)
      .innerJoin(seats, and(eq(seats.organizationId, assignments.organizationId), eq(seats.id, assignments.seatId)))
      .where(and(eq(assignments.organizationId, organizationId), eq(assignments.clientId, client.id), inArray(assignments.state, [...ACTIVE_ASSIGNMENT_STATES])))
      .orderBy(asc(assignments.teamRole), asc(seats.name)),
    lastMessages(db, organizationId, client.id),
  ]);
  return ok({
    id: client.id, ghlContactId: client.ghlContactId, firstName: client.firstName, lastName: client.lastName, email: client.email, phone: client.phone,
    type: client.type, pipeline: client.pipeline, stage: client.stage, temperature: client.temperature, leadScore: client.leadScore,
    market: client.marketId ? { id: client.marketId, name: c.marketName } : null,
    address: { street: client.propertyAddress, city: client.city, state: client.state, postalCode: client.postalCode },
    leadSource: client.leadSource, budgetMin: client.budgetMin, budgetMax: client.budgetMax, priceExpectation: client.priceExpectation,
    preApproved: client.preApproved, preApprovalAmount: client.preApprovalAmount, timelineDays: client.timelineDays, language: client.language, timeZone: client.timeZone,
    tags: client.tags, satisfaction: client.satisfaction, createdAt: client.createdAt.toISOString(), updatedAt: client.updatedAt.toISOString(),
    consent: { sms: client.smsConsent, email: client.emailConsent, optedOut: client.optedOutAt !== null, optedOutAt: client.optedOutAt?.toISOString() ?? null },
    qualification: answers.map((a) => ({
      field: a.field, value: a.value, excerpt: a.excerpt, quality: a.quality, extractedAt: a.extractedAt.toISOString(),
      source: a.sourceId ? { interactionId: a.sourceId, channel: a.sourceChannel, body: a.sourceBody, at: a.sourceAt!.toISOString() } : null,
    })),
    team: team.map((t) => ({ seatId: t.seatId, name: t.name, kind: t.kind, seatRole: t.seatRole, teamRole: t.teamRole, state: t.state })),
    messages,
  });
}
