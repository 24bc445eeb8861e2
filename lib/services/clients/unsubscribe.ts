import { and, eq } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { recordAudit } from "@/lib/db/queries/audit";
import { clients, interactions } from "@/lib/db/schema";
import { footerLanguage } from "../outbox/email-footer";
import { readUnsubscribeToken } from "../outbox/unsubscribe-token";
import { fail, ok, type Result } from "../result";
import { loadEmailSender } from "../settings/email-sender";

/** What the unsubscribe page says: whose emails, in which language, and whether they already stopped. */
export interface UnsubscribeView {
  teamName: string;
  language: "en" | "es";
  unsubscribed: boolean;
}

export const UNSUBSCRIBED_NOTE = "Unsubscribed from email through the link";
const NOT_FOUND = "This unsubscribe link is not valid.";

/** The client a token names, or null for a malformed, forged or stale token (signed with another key, or a client no longer there). */
async function clientFor(db: Db, token: string) {
  let ref: ReturnType<typeof readUnsubscribeToken>;
  try {
    ref = readUnsubscribeToken(token);
  } catch {
    return null;
  }
  if (!ref) return null;
  const [client] = await db.select({ id: clients.id, organizationId: clients.organizationId, emailConsent: clients.emailConsent, language: clients.language }).from(clients).where(and(eq(clients.organizationId, ref.organizationId), eq(clients.id, ref.clientId)));
  return client ?? null;
}

/** What the page behind an email's unsubscribe link shows (a GET changes nothing, so link scanners that prefetch it unsubscribe nobody); null for a bad token. */
export async function viewUnsubscribe(db: Db, token: string): Promise<UnsubscribeView | null> {
  const client = await clientFor(db, token);
  if (!client) return null;
  const sender = await loadEmailSender(db, client.organizationId);
  return { teamName: sender.fromName, language: footerLanguage(client.language), unsubscribed: !client.emailConsent };
}

/**
 * The client confirmed the unsubscribe: email consent off (texts untouched), an audit entry and
 * a note on the client's timeline, in one transaction. Idempotent: once consent is off, a second
 * confirmation changes and records nothing. 404 for a bad or forged token.
 */
export async function unsubscribeFromEmail(db: Db, token: string, now = new Date()): Promise<Result<UnsubscribeView & { changed: boolean }>> {
  const found = await clientFor(db, token);
  if (!found) return fail(404, NOT_FOUND);
  const org = found.organizationId;
  const changed = await db.transaction(async (tx) => {
    const where = and(eq(clients.organizationId, org), eq(clients.id, found.id));
    const [client] = await tx.select({ emailConsent: clients.emailConsent }).from(clients).where(where).for("update");
    if (!client?.emailConsent) return false;
    await tx.update(clients).set({ emailConsent: false, updatedAt: now }).where(where);
    await tx.insert(interactions).values({ organizationId: org, clientId: found.id, channel: "email", direction: "internal", body: UNSUBSCRIBED_NOTE, occurredAt: now });
    await recordAudit(tx, { organizationId: org, actorType: "system", action: "client.email_unsubscribed", entityType: "client", entityId: found.id, data: { via: "unsubscribe_link" } });
    return true;
  });
  const sender = await loadEmailSender(db, org);
  return ok({ teamName: sender.fromName, language: footerLanguage(found.language), unsubscribed: true, changed });
}
