import { and, eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { clients } from "@/lib/db/schema";
import type { ViewerRecord } from "@/lib/db/queries/users";
import { requireWholeClient } from "../client-access";
import { resolveLocationToken } from "../ghl/location-token";
import { submitOutboundMessage, type OutboundMessage, type QueueOptions } from "../outbox/queue-message";
import { describeIssues, fail, type Result } from "../result";

/** The channels a person writes to a client in from the console. */
export const WRITABLE_CHANNELS = ["sms", "email"] as const;

/** What a person's compose form sends. */
export const writeToClientSchema = z.object({
  clientId: z.guid("clientId must be a UUID: the client to write to"),
  channel: z.enum(WRITABLE_CHANNELS, { error: "Choose text (SMS) or email." }),
  subject: z.string().trim().max(300, "A subject is at most 300 characters.").optional(),
  body: z.string({ error: "Write the message." }).trim().min(1, "Write the message.").max(20_000, "A message is at most 20,000 characters."),
  /** One per compose form shown: a second submit of the same form finds the first message. */
  nonce: z.string({ error: "The form is missing its nonce: reload the page." }).regex(/^[A-Za-z0-9-]{16,64}$/, "The form's nonce is malformed: reload the page."),
}).refine((w) => w.channel !== "email" || Boolean(w.subject), { path: ["subject"], message: "An email needs a subject." });
export type WriteToClientInput = z.input<typeof writeToClientSchema>;

const NOT_FOUND = "No such client among the clients you can write to.";

/**
 * A person writes to a client from the console: only someone who may change that client (a
 * team member on their own clients, the overseer on any) and who has a seat, which the message
 * speaks for. The message goes through the outbox's quality gate like every other (blocked,
 * held, not connected or queued); the form's nonce is its idempotency key, so a double submit
 * sends once and answers with the same message.
 */
export async function writeToClient(db: Db, viewer: ViewerRecord, raw: unknown, now = new Date(), options: QueueOptions = {}): Promise<Result<{ message: OutboundMessage; created: boolean }>> {
  const parsed = writeToClientSchema.safeParse(raw);
  if (!parsed.success) return fail(400, describeIssues(parsed.error));
  const w = parsed.data;
  const access = await requireWholeClient(db, viewer, w.clientId, NOT_FOUND);
  if (!access.ok) return access;
  if (!viewer.seatId) return fail(403, "Your account has no seat on the team, and a message to a client speaks for a seat: ask Jorge to give you one.");
  return submitOutboundMessage(db, {
    organizationId: viewer.organizationId, clientId: w.clientId, seatId: viewer.seatId, authorKind: "human", authorUserId: viewer.userId, purpose: "conversational",
    channel: w.channel, subject: w.channel === "email" ? w.subject : null, body: w.body, idempotencyKey: `console:${viewer.userId}:${w.nonce}`,
  }, now, options);
}

/**
 * Why a message that is not connected was not sent, as two facts the writer can act on: the
 * client has no GoHighLevel contact id, and its location has no usable connection. Both false
 * for a message in any other state.
 */
export async function deliveryGaps(db: Db, m: Pick<OutboundMessage, "organizationId" | "clientId" | "state" | "ghlLocationId">): Promise<{ noContact: boolean; noConnection: boolean }> {
  if (m.state !== "not_connected") return { noContact: false, noConnection: false };
  const [client] = await db.select({ ghlContactId: clients.ghlContactId }).from(clients).where(and(eq(clients.organizationId, m.organizationId), eq(clients.id, m.clientId)));
  const token = await resolveLocationToken(db, m.organizationId, m.ghlLocationId);
  return { noContact: !client?.ghlContactId, noConnection: !token.ok };
}
