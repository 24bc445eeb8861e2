import { and, eq, sql } from "drizzle-orm";
import { parseGhlEvent } from "@/lib/domain/intake/ghl-events";
import { normalizeGhlEvent } from "@/lib/domain/intake/normalize-ghl";
import { clientRequestInputSchema, pipelineFor, type ClientRequestInput } from "@/lib/domain/intake/request-input";
import { messageSentiment } from "@/lib/domain/escalation/sentiment";
import type { Channel } from "@/lib/domain/team/vocabulary";
import type { Tx } from "@/lib/db/client";
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

/** The request's contact and wishes in the one shape every door shares, and the message's channel. */
function requestInput(request: RequestRow): ClientRequestInput & { channel: Channel } {
  if (request.source !== "ghl_webhook") return { ...clientRequestInputSchema.parse(request.payload), channel: "note" };
  const parsed = parseGhlEvent((request.payload as { event: unknown }).event);
  if (!parsed.ok) throw new Error(`Stored delivery no longer parses: ${parsed.error}`);
  const d = normalizeGhlEvent(parsed.value);
  return {
    contact: { firstName: d.contact.firstName?.trim() || "New lead", lastName: d.contact.lastName?.trim() ?? "", email: d.contact.email ?? undefined, phone: d.contact.phone ?? undefined, ghlContactId: d.contactId },
    type: d.clientType,
    message: d.message?.direction === "inbound" ? d.message.body : undefined,
    tags: d.contact.tags,
    customFields: {},
    smsConsent: false,
    emailConsent: false,
    channel: d.message?.channel ?? "sms",
  };
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

/**
 * Finds the client a request is about (by GHL contact id, then email) or creates them, and logs
 * the inbound message on their timeline once (GHL message ids are unique per organization).
 */
export async function resolveClient(tx: Tx, request: RequestRow, marketId: (input: ClientRequestInput) => string | null): Promise<ResolvedClient> {
  if (request.clientId) {
    // A request made for a client already on file (the overseer's "Find a team").
    const [known] = await tx.select().from(clients).where(and(eq(clients.organizationId, request.organizationId), eq(clients.id, request.clientId)));
    if (!known) throw new Error("The client of this request no longer exists");
    return { client: known, created: false, text: request.requestText, inbound: false };
  }
  const input = requestInput(request);
  const organizationId = request.organizationId;
  const existing = await findExisting(tx, organizationId, input);
  let client: ClientRow;
  if (existing) client = existing;
  else {
    const pipeline = pipelineFor(input.type);
    [client] = (await tx
      .insert(clients)
      .values({
        organizationId, firstName: input.contact.firstName, lastName: input.contact.lastName, email: input.contact.email, phone: input.contact.phone,
        ghlContactId: input.contact.ghlContactId, type: input.type, pipeline, stage: input.stage ?? "New Lead",
        marketId: marketId(input), propertyAddress: input.propertyAddress, postalCode: input.postalCode, budgetMin: input.budgetMin, budgetMax: input.budgetMax,
        priceExpectation: input.priceExpectation, preApproved: input.preApproved ?? false, timelineDays: input.timelineDays, tags: input.tags,
        smsConsent: input.smsConsent, emailConsent: input.emailConsent, language: input.language ?? "en",
      })
      .returning()) as [ClientRow];
  }
  const ghlMessageId = request.source === "ghl_webhook" ? ((request.payload as { event: { messageId?: string } }).event.messageId ?? null) : null;
  if (input.message) {
    await tx
      .insert(interactions)
      .values({ organizationId, clientId: client.id, channel: input.channel, direction: "inbound", body: input.message, externalId: ghlMessageId, sentiment: messageSentiment(input.message) })
      .onConflictDoNothing();
  }
  return { client, created: !existing, text: input.message ?? null, inbound: Boolean(input.message) };
}
