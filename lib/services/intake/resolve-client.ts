import { and, eq, sql } from "drizzle-orm";
import { fieldMappingFrom } from "@/lib/domain/intake/custom-fields";
import { parseGhlEvent } from "@/lib/domain/intake/ghl-events";
import { normalizeGhlEvent } from "@/lib/domain/intake/normalize-ghl";
import { clientRequestInputSchema, pipelineFor, type ClientRequestInput } from "@/lib/domain/intake/request-input";
import { requestFromForm, requestFromGhl, type ArrivingRequest } from "@/lib/domain/qualification/arriving-facts";
import { clientUpdate, consentAfter } from "@/lib/domain/qualification/client-update";
import { scoreLead } from "@/lib/domain/qualification/lead-score";
import { resolveMarket } from "@/lib/domain/routing/market-resolution";
import { messageSentiment } from "@/lib/domain/escalation/sentiment";
import { SETTING_KEYS } from "@/lib/domain/settings/defaults";
import type { Pipeline } from "@/lib/domain/team/vocabulary";
import type { Tx } from "@/lib/db/client";
import { loadPlacedMarkets } from "@/lib/db/queries/markets";
import { getSettings } from "@/lib/db/queries/organizations";
import { clientRequests, clients, interactions } from "@/lib/db/schema";

type RequestRow = typeof clientRequests.$inferSelect;
export type ClientRow = typeof clients.$inferSelect;

export interface ResolvedClient {
  client: ClientRow;
  created: boolean;
  /** The client's words that came with this request, for the needs analysis. */
  text: string | null;
  /** True when those words are a message the client sent (not a note typed by the team). */
  inbound: boolean;
}

/** The request in the one shape every door shares, its custom fields read through the overseer's mapping. */
async function arrivingRequest(tx: Tx, request: RequestRow): Promise<ArrivingRequest> {
  const stored = await getSettings(tx, request.organizationId, [SETTING_KEYS.ghlFieldMapping]);
  const mapping = fieldMappingFrom(stored.get(SETTING_KEYS.ghlFieldMapping));
  if (request.source !== "ghl_webhook") return requestFromForm(clientRequestInputSchema.parse(request.payload), mapping);
  const parsed = parseGhlEvent((request.payload as { event: unknown }).event);
  if (!parsed.ok) throw new Error(`Stored delivery no longer parses: ${parsed.error}`);
  return requestFromGhl(normalizeGhlEvent(parsed.value), mapping);
}

async function findExisting(tx: Tx, organizationId: string, input: ClientRequestInput): Promise<ClientRow | null> {
  const byGhl = input.contact.ghlContactId ? eq(clients.ghlContactId, input.contact.ghlContactId) : undefined;
  const byEmail = input.contact.email ? sql`lower(${clients.email}) = ${input.contact.email}` : undefined;
  for (const match of [byGhl, byEmail]) {
    if (!match) continue;
    const [row] = await tx.select().from(clients).where(and(eq(clients.organizationId, organizationId), match)).limit(1);
    if (row) return row;
  }
  return null;
}

/** The lead's temperature and score from the facts on the row (see scoreLead). */
const leadScoreOf = (row: Pick<ClientRow, "type" | "pipeline" | "qualification" | "priceExpectation" | "budgetMin" | "budgetMax" | "preApproved" | "preApprovalAmount" | "timelineDays">) =>
  scoreLead({ ...row, type: row.type as ClientRequestInput["type"], pipeline: row.pipeline as Pipeline, qualification: row.qualification as Record<string, unknown> });

async function createClient(tx: Tx, organizationId: string, arriving: ArrivingRequest, marketId: string | null): Promise<ClientRow> {
  const input = arriving.input;
  const consent = consentAfter({ smsConsent: false, emailConsent: false, optedOut: false }, arriving.consent);
  const facts = {
    type: input.type, pipeline: pipelineFor(input.type), qualification: {}, priceExpectation: input.priceExpectation ?? null, budgetMin: input.budgetMin ?? null,
    budgetMax: input.budgetMax ?? null, preApproved: input.preApproved ?? null, preApprovalAmount: null, timelineDays: input.timelineDays ?? null,
  };
  const { temperature, score } = leadScoreOf(facts);
  const [client] = await tx
    .insert(clients)
    .values({
      organizationId, ...facts, firstName: input.contact.firstName, lastName: input.contact.lastName, email: input.contact.email, phone: input.contact.phone,
      ghlContactId: input.contact.ghlContactId, stage: input.stage ?? "New Lead", marketId, propertyAddress: input.propertyAddress, city: input.city, state: input.state,
      postalCode: input.postalCode, leadSource: input.leadSource, customFields: input.customFields, timeZone: input.timeZone, tags: input.tags,
      temperature, leadScore: score, ...consent, language: input.language ?? "en",
    })
    .returning();
  return client!;
}

/**
 * Fills or changes what the request states about a client on file (never blanking a known
 * fact, see clientUpdate), applies consent (an opt-out stays) and scores the lead again from
 * the new facts. Intake never cools a lead: the team may know more than the CRM's fields.
 */
async function updateClient(tx: Tx, known: ClientRow, arriving: ArrivingRequest, market: { id: string; fromAddress: boolean } | null): Promise<ClientRow> {
  const changes = clientUpdate({ ...known, customFields: known.customFields as Record<string, unknown> }, { ...arriving.facts, market });
  const consent = consentAfter({ smsConsent: known.smsConsent, emailConsent: known.emailConsent, optedOut: known.optedOutAt !== null }, arriving.consent);
  const consentChanged = consent.smsConsent !== known.smsConsent || consent.emailConsent !== known.emailConsent;
  if (Object.keys(changes).length === 0 && !consentChanged) return known;
  const rescored = leadScoreOf({ ...known, ...changes });
  const score = rescored.score > known.leadScore ? { temperature: rescored.temperature, leadScore: rescored.score } : {};
  const [row] = await tx
    .update(clients)
    .set({ ...changes, ...consent, ...score, updatedAt: new Date() })
    .where(and(eq(clients.organizationId, known.organizationId), eq(clients.id, known.id)))
    .returning();
  return row!;
}

/**
 * Finds the client a request is about (by GHL contact id, then email) and updates them with what
 * it states, or creates them scored from what is known, in the market their ZIP, city or words
 * name (aliases included); `fallbackMarketId` is asked only when those find none. Logs the
 * inbound message on their timeline once (GHL message ids are unique per organization).
 */
export async function resolveClient(tx: Tx, request: RequestRow, fallbackMarketId?: (input: ClientRequestInput) => string | null): Promise<ResolvedClient> {
  if (request.clientId) {
    // A request made for a client already on file (the overseer's "Find a team").
    const [known] = await tx.select().from(clients).where(and(eq(clients.organizationId, request.organizationId), eq(clients.id, request.clientId)));
    if (!known) throw new Error("The client of this request no longer exists");
    return { client: known, created: false, text: request.requestText, inbound: false };
  }
  const organizationId = request.organizationId;
  const arriving = await arrivingRequest(tx, request);
  const input = arriving.input;
  const resolved = resolveMarket(await loadPlacedMarkets(tx, organizationId), input.postalCode, input.city, input.message);
  const marketId = resolved.market?.id ?? fallbackMarketId?.(input) ?? null;
  const existing = await findExisting(tx, organizationId, input);
  const client = existing
    ? await updateClient(tx, existing, arriving, marketId ? { id: marketId, fromAddress: resolved.by === "zip" || resolved.by === "city" } : null)
    : await createClient(tx, organizationId, arriving, marketId);
  const ghlMessageId = request.source === "ghl_webhook" ? ((request.payload as { event: { messageId?: string } }).event.messageId ?? null) : null;
  if (input.message) {
    await tx
      .insert(interactions)
      .values({ organizationId, clientId: client.id, channel: arriving.channel, direction: "inbound", body: input.message, externalId: ghlMessageId, sentiment: messageSentiment(input.message) })
      .onConflictDoNothing();
  }
  return { client, created: !existing, text: input.message ?? null, inbound: Boolean(input.message) };
}
