import { and, asc, eq, sql, type SQL } from "drizzle-orm";
import { priceBand, type PriceBand } from "../../domain/assignment/price-band";
import { FACTORS, type Factor } from "../../domain/routing/weights";
import type { Db } from "../client";
import { assignments, clients, markets } from "../schema";

/** The client's latest message to the team, as an offer shows it: contact details hidden, at most 280 characters. */
export interface PreviewMessage {
  body: string;
  channel: string;
  at: Date;
}

/**
 * What a seat holding a pending offer sees of the client before it accepts, as lead-routing
 * products show an offer: who, what they need, where, the price band, the language, their last
 * message and why this seat. No contact details, exact money, timeline, dossier or history.
 */
export interface OfferPreview {
  assignmentId: string;
  clientId: string;
  name: string;
  need: { clientType: string; pipeline: string; teamRole: string; seatRole: string };
  marketName: string | null;
  priceBand: PriceBand | null;
  language: string;
  lastMessage: PreviewMessage | null;
  why: { reason: string | null; factors: { factor: Factor; explanation: string }[] };
  expiresAt: Date | null;
}

type Json = Record<string, unknown>;
const isRecord = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * The stored routing explanation in words: the assignment's reason and the factor explanations
 * the coordinator wrote. The commission line is left out: it names the money at stake, from which
 * the exact budget the preview withholds could be worked back.
 */
export function storedWhy(reason: string | null, breakdown: unknown): OfferPreview["why"] {
  const b = isRecord(breakdown) ? breakdown : {};
  const explanations = isRecord(b.explanations) ? b.explanations : {};
  const factors = FACTORS.filter((f) => f !== "commission").flatMap((factor) => {
    const text = explanations[factor];
    return typeof text === "string" && text.trim() ? [{ factor, explanation: text }] : [];
  });
  const note = typeof b.note === "string" && b.note.trim() ? b.note : null;
  return { reason: reason ?? note, factors };
}

const EMAIL = /[^\s@<>()]+@[^\s@<>()]+\.[a-z]{2,}/gi;
const PHONE_LIKE = /\+?\(?\d[\d\s().-]{5,}\d/g;
const MESSAGE_CHARS = 280;

/** A message with its email addresses and phone numbers (10 to 15 digits) hidden, cut to 280 characters. */
function withoutContacts(body: string): string {
  const hidden = body
    .replace(EMAIL, "[email hidden]")
    .replace(PHONE_LIKE, (m) => {
      const digits = m.replace(/\D/g, "").length;
      return digits >= 10 && digits <= 15 ? "[phone hidden]" : m;
    })
    .trim();
  return hidden.length > MESSAGE_CHARS ? `${hidden.slice(0, MESSAGE_CHARS - 1).trimEnd()}…` : hidden;
}

/**
 * The client's latest inbound message as one JSON value, for a select over `clients`: a backward
 * scan of interactions_client_time that stops at the first inbound row.
 */
export function lastInboundMessage(): SQL<unknown> {
  return sql`(select json_build_object('body', left(i.body, 2000), 'channel', i.channel, 'at', i.occurred_at) from interactions i
    where i.organization_id = ${clients.organizationId} and i.client_id = ${clients.id} and i.direction = 'inbound'
    order by i.occurred_at desc limit 1)`;
}

/** Reads lastInboundMessage's value as a PreviewMessage with contact details hidden, or null. */
export function previewMessage(value: unknown): PreviewMessage | null {
  const v = typeof value === "string" ? (JSON.parse(value) as unknown) : value;
  if (!isRecord(v) || typeof v.body !== "string" || typeof v.channel !== "string" || typeof v.at !== "string") return null;
  return { body: withoutContacts(v.body), channel: v.channel, at: new Date(v.at) };
}

/** The preview of the seat's pending offer on a client, or null when the seat holds no such offer. */
export async function getOfferPreview(db: Db, organizationId: string, seatId: string, clientId: string): Promise<OfferPreview | null> {
  const [row] = await db
    .select({
      assignmentId: assignments.id, teamRole: assignments.teamRole, seatRole: assignments.seatRole, reason: assignments.reason, scoreBreakdown: assignments.scoreBreakdown, expiresAt: assignments.expiresAt,
      clientId: clients.id, firstName: clients.firstName, lastName: clients.lastName, clientType: clients.type, pipeline: clients.pipeline, language: clients.language,
      budgetMin: clients.budgetMin, budgetMax: clients.budgetMax, priceExpectation: clients.priceExpectation, marketName: markets.name, lastMessage: lastInboundMessage(),
    })
    .from(assignments)
    .innerJoin(clients, and(eq(clients.organizationId, assignments.organizationId), eq(clients.id, assignments.clientId)))
    .leftJoin(markets, and(eq(markets.organizationId, clients.organizationId), eq(markets.id, clients.marketId)))
    .where(and(eq(assignments.organizationId, organizationId), eq(assignments.clientId, clientId), eq(assignments.seatId, seatId), eq(assignments.state, "offered")))
    .orderBy(asc(assignments.offeredAt))
    .limit(1);
  if (!row) return null;
  return {
    assignmentId: row.assignmentId,
    clientId: row.clientId,
    name: `${row.firstName} ${row.lastName}`.trim(),
    need: { clientType: row.clientType, pipeline: row.pipeline, teamRole: row.teamRole, seatRole: row.seatRole },
    marketName: row.marketName,
    priceBand: priceBand(row),
    language: row.language,
    lastMessage: previewMessage(row.lastMessage),
    why: storedWhy(row.reason, row.scoreBreakdown),
    expiresAt: row.expiresAt,
  };
}
