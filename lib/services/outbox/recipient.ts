import { and, desc, eq, sql } from "drizzle-orm";
import type { Tx } from "@/lib/db/client";
import { getGhlLocationIds } from "@/lib/db/queries/organizations";
import { clientRequests, clients, qualificationAnswers } from "@/lib/db/schema";
import { resolveLocationToken } from "../ghl/location-token";
import { emailIdentity, type EmailIdentity } from "./email-footer";

/** What the outbox knows of the client a message goes to: consent, time zone, and how GoHighLevel reaches them. */
export interface Recipient {
  clientId: string;
  name: string;
  consent: { sms: boolean; email: boolean; optedOut: boolean };
  timeZone: string;
  pipeline: "seller" | "buyer";
  ghlContactId: string | null;
  /** The connected location that sends to this client, or null when the team connected none. */
  locationId: string | null;
  /** Qualification fields already answered, so the reviewer can tell a repeated question. */
  answered: string[];
  /** The client's language ("en", "es"), for the email footer. */
  language: string;
  /** The team's email sender and this client's CAN-SPAM footer (or why it cannot be built yet). */
  email: EmailIdentity;
}

/**
 * The client's GHL location: the one asked for if it is connected, else the location its latest
 * webhook came from if still connected, else the team's first connected location.
 */
async function locationFor(tx: Tx, organizationId: string, clientId: string, preferred: string | null | undefined): Promise<string | null> {
  const connected = await getGhlLocationIds(tx, organizationId);
  if (preferred && connected.includes(preferred)) return preferred;
  const [latest] = await tx
    .select({ locationId: sql<string | null>`coalesce(${clientRequests.payload}->'event'->>'locationId', ${clientRequests.payload}->'event'->'location'->>'id')` })
    .from(clientRequests)
    .where(and(eq(clientRequests.organizationId, organizationId), eq(clientRequests.clientId, clientId), eq(clientRequests.source, "ghl_webhook")))
    .orderBy(desc(clientRequests.receivedAt))
    .limit(1);
  if (latest?.locationId && connected.includes(latest.locationId)) return latest.locationId;
  return connected[0] ?? null;
}

/** Loads the recipient, with the email sender and footer from Settings, or null when the organization has no such client. */
export async function loadRecipient(tx: Tx, organizationId: string, clientId: string, preferredLocation?: string | null): Promise<Recipient | null> {
  const [c] = await tx.select().from(clients).where(and(eq(clients.organizationId, organizationId), eq(clients.id, clientId)));
  if (!c) return null;
  const answers = await tx.select({ field: qualificationAnswers.field }).from(qualificationAnswers).where(and(eq(qualificationAnswers.organizationId, organizationId), eq(qualificationAnswers.clientId, clientId)));
  return {
    clientId,
    name: `${c.firstName} ${c.lastName}`.trim(),
    consent: { sms: c.smsConsent, email: c.emailConsent, optedOut: c.optedOutAt !== null },
    timeZone: c.timeZone,
    pipeline: c.pipeline === "seller" ? "seller" : "buyer",
    ghlContactId: c.ghlContactId,
    locationId: await locationFor(tx, organizationId, clientId, preferredLocation),
    answered: answers.map((a) => a.field),
    language: c.language,
    email: await emailIdentity(tx, organizationId, clientId, c.language),
  };
}

/** Why GoHighLevel cannot send to this recipient now (no contact id, no token), or null when it can. */
export async function whyNotConnected(tx: Tx, organizationId: string, recipient: Recipient): Promise<string | null> {
  const reasons: string[] = [];
  if (!recipient.ghlContactId) reasons.push(`${recipient.name} has no GoHighLevel contact id (the client did not come from GoHighLevel): add the contact there so its webhook links it`);
  const token = await resolveLocationToken(tx, organizationId, recipient.locationId);
  if (!token.ok) reasons.push(token.reason);
  return reasons.length ? reasons.join("; ") : null;
}
