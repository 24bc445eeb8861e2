import { and, eq, isNull, lte, or } from "drizzle-orm";
import type { Db, Tx } from "@/lib/db/client";
import { clients, interactions, outboundMessages } from "@/lib/db/schema";
import { sendGhlMessage, type GhlSendResult } from "../ghl/client";
import { resolveLocationToken } from "../ghl/location-token";
import { SENDABLE_CHANNELS, type SendableChannel } from "./draft";
import { emailIdentity, emailToSend } from "./email-footer";
import { announceMessage } from "./events";
import { takeSendSlot } from "./location-limiter";
import type { OutboundMessage } from "./queue-message";
import { MAX_SEND_ATTEMPTS, mayRetry, retryDelayMs, SEND_LEASE_MS } from "./retry-policy";
import { scheduleSend } from "./schedule";

/**
 * Never sending twice. A send is claimed before GoHighLevel is called: in a transaction of its
 * own, the due row is locked (FOR UPDATE SKIP LOCKED, so a second worker skips it), its attempts
 * go up by one, next_attempt_at becomes a lease (now + SEND_LEASE_MS, longer than the client's
 * timeout) and last_error says "Sending to GoHighLevel…"; that commits first. Only then is GHL
 * called, and its answer recorded in a second transaction, guarded by the attempt number.
 * A row still marked "Sending…" when its lease runs out is one whose outcome nobody recorded: the
 * process stopped after claiming, perhaps after GHL took the message. It is never resent; the
 * next claim marks it failed with OUTCOME_UNKNOWN so a person checks GoHighLevel first. A call
 * that timed out or broke mid-way is the same unknown and fails the same way; only answers
 * that prove nothing was sent (429, 408, 5xx, a refused connection) are retried.
 */
export const SENDING_MARK = "Sending to GoHighLevel";
export const OUTCOME_UNKNOWN = "Outcome unknown: the send started but no answer was recorded, so GoHighLevel may have sent it. Check the conversation in GoHighLevel before sending again";

export type SendOutcome = "sent" | "retrying" | "rate_limited" | "failed" | "not_connected" | "not_due";

export interface SendOptions {
  now?: Date;
  baseUrl?: string;
  timeoutMs?: number;
  random?: () => number;
}

type EmailParts = { html: string; message: string; emailFrom: string | null };
type Claim = { kind: "done"; outcome: SendOutcome; row?: OutboundMessage } | { kind: "claimed"; row: OutboundMessage; token: string; contactId: string; email: EmailParts | null };

const rowWhere = (m: { organizationId: string; id: string }) => and(eq(outboundMessages.organizationId, m.organizationId), eq(outboundMessages.id, m.id));
const seconds = (ms: number) => `${Math.ceil(ms / 1000)} s`;

async function update(tx: Tx, m: OutboundMessage, set: Partial<OutboundMessage>): Promise<OutboundMessage> {
  const [row] = await tx.update(outboundMessages).set(set).where(rowWhere(m)).returning();
  return row!;
}

/** Fails a message for good, with the reason in words, and says so live. */
async function markFailed(tx: Tx, m: OutboundMessage, reason: string, now: Date): Promise<void> {
  await update(tx, m, { state: "failed", failedAt: now, nextAttemptAt: null, lastError: reason });
  await announceMessage(tx, { ...m, state: "failed" }, now, reason.slice(0, 160));
}

async function claim(db: Db, ref: { organizationId: string; id: string }, now: Date): Promise<Claim> {
  return db.transaction(async (tx) => {
    const due = or(isNull(outboundMessages.nextAttemptAt), lte(outboundMessages.nextAttemptAt, now));
    const [row] = await tx.select().from(outboundMessages).where(and(rowWhere(ref), eq(outboundMessages.state, "queued"), due)).for("update", { skipLocked: true });
    if (!row) return { kind: "done", outcome: "not_due" };
    if (row.lastError?.startsWith(SENDING_MARK) || !mayRetry(row.attempts)) {
      await markFailed(tx, row, row.lastError?.startsWith(SENDING_MARK) ? OUTCOME_UNKNOWN : `Gave up after ${row.attempts} attempts`, now);
      return { kind: "done", outcome: "failed" };
    }
    const [client] = await tx.select({ contactId: clients.ghlContactId, language: clients.language }).from(clients).where(and(eq(clients.organizationId, row.organizationId), eq(clients.id, row.clientId)));
    const token = await resolveLocationToken(tx, row.organizationId, row.ghlLocationId);
    if (!client?.contactId || !token.ok) {
      const reason = !client?.contactId ? "The client has no GoHighLevel contact id any more: link the contact in GoHighLevel" : (token as { reason: string }).reason;
      await update(tx, row, { state: "not_connected", nextAttemptAt: null, lastError: reason });
      return { kind: "done", outcome: "not_connected" };
    }
    const email = row.channel === "email" ? emailToSend(await emailIdentity(tx, row.organizationId, row.clientId, client.language), row) : null;
    if (email && !email.ok) {
      await markFailed(tx, row, `Not sent: ${email.error}`, now);
      return { kind: "done", outcome: "failed" };
    }
    const wait = await takeSendSlot(row.ghlLocationId ?? "environment");
    if (wait > 0) {
      const later = await update(tx, row, { nextAttemptAt: new Date(now.getTime() + wait), lastError: `Waiting ${seconds(wait)} for GoHighLevel's limit of 100 sends per 10 s for this location` });
      return { kind: "done", outcome: "rate_limited", row: later };
    }
    const attempts = row.attempts + 1;
    const leased = await update(tx, row, { attempts, nextAttemptAt: new Date(now.getTime() + SEND_LEASE_MS), lastError: `${SENDING_MARK} since ${now.toISOString()} (attempt ${attempts} of ${MAX_SEND_ATTEMPTS})` });
    return { kind: "claimed", row: leased, token: token.token, contactId: client.contactId, email: email?.ok ? { message: email.message, html: email.html, emailFrom: email.emailFrom } : null };
  });
}

/** Records GoHighLevel's answer for the attempt this worker claimed; an answer for an attempt no longer current is dropped. */
async function record(db: Db, claimed: OutboundMessage, result: GhlSendResult, now: Date, random: () => number): Promise<{ outcome: SendOutcome; row: OutboundMessage | null }> {
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(outboundMessages).where(rowWhere(claimed)).for("update");
    const ours = row && row.attempts === claimed.attempts && ((row.state === "queued" && row.lastError?.startsWith(SENDING_MARK)) || (row.state === "failed" && row.lastError === OUTCOME_UNKNOWN));
    if (!row || !ours) return { outcome: "failed", row: null };
    if (row.state === "failed" && !result.ok) return { outcome: "failed", row: null };
    if (result.ok) {
      const sent = await update(tx, row, { state: "sent", sentAt: now, failedAt: null, nextAttemptAt: null, lastError: null, ghlConversationId: result.conversationId, ghlMessageId: result.messageId });
      if (row.interactionId) await tx.update(interactions).set({ occurredAt: now, externalId: result.messageId }).where(and(eq(interactions.organizationId, row.organizationId), eq(interactions.id, row.interactionId)));
      await announceMessage(tx, sent, now);
      return { outcome: "sent", row: sent };
    }
    if (result.kind === "rate_limited") {
      const wait = Math.max(result.retryAfterMs ?? retryDelayMs(1, null, random), 1000);
      const later = await update(tx, row, { attempts: row.attempts - 1, nextAttemptAt: new Date(now.getTime() + wait), lastError: `GoHighLevel asked to wait ${seconds(wait)} (429, rate limit): ${result.message}` });
      return { outcome: "rate_limited", row: later };
    }
    if ((result.kind === "retryable" || result.kind === "unreachable") && mayRetry(row.attempts)) {
      const next = new Date(now.getTime() + retryDelayMs(row.attempts, null, random));
      const later = await update(tx, row, { nextAttemptAt: next, lastError: `Attempt ${row.attempts} of ${MAX_SEND_ATTEMPTS} failed (${result.status ?? "no answer"}): ${result.message}; trying again at ${next.toISOString()}` });
      return { outcome: "retrying", row: later };
    }
    const reason =
      result.kind === "rejected" ? `GoHighLevel refused it (${result.status}): ${result.message}`
      : result.kind === "unknown" ? `${OUTCOME_UNKNOWN} (${result.message})`
      : `Gave up after ${row.attempts} attempts; the last: ${result.message}`;
    await markFailed(tx, row, reason, now);
    return { outcome: "failed", row: null };
  });
}

/**
 * The send job: claims one due queued message, sends it through GoHighLevel (an email with the
 * team's CAN-SPAM footer appended and its sender as emailFrom; the stored body stays as the
 * author wrote it, and an email whose footer cannot be built fails, saying why) and records the
 * answer (sent with GHL's conversation and message ids, a retry at its backoff, or failed in
 * words). Safe to run twice at once or again later: see the note above on never sending twice.
 */
export async function sendOutboundMessage(db: Db, ref: { organizationId: string; outboundMessageId: string }, options: SendOptions = {}): Promise<SendOutcome> {
  const now = options.now ?? new Date();
  const claimed = await claim(db, { organizationId: ref.organizationId, id: ref.outboundMessageId }, now);
  if (claimed.kind === "done") {
    if (claimed.row) await scheduleSend(claimed.row);
    return claimed.outcome;
  }
  const { row, token, contactId, email } = claimed;
  const kind = SENDABLE_CHANNELS[row.channel as SendableChannel]?.ghl;
  let result: GhlSendResult;
  try {
    if (!kind) throw new Error(`channel ${row.channel} cannot be sent through GoHighLevel`);
    const words = email ? { message: email.message, html: email.html, ...(email.emailFrom ? { emailFrom: email.emailFrom } : {}) } : { message: row.body };
    result = await sendGhlMessage({ type: kind, contactId, ...words, ...(row.subject ? { subject: row.subject } : {}) }, { token, baseUrl: options.baseUrl, timeoutMs: options.timeoutMs });
  } catch (error) {
    result = { ok: false, kind: "rejected", status: 400, message: error instanceof Error ? error.message : String(error) };
  }
  const recorded = await record(db, row, result, options.now ?? new Date(), options.random ?? Math.random);
  if (recorded.row) await scheduleSend(recorded.row);
  return recorded.outcome;
}
