import { and, eq } from "drizzle-orm";
import type { Verdict } from "@/lib/domain/compliance/verdict";
import type { Db, Tx } from "@/lib/db/client";
import { interactions, outboundMessages, qualityFindings, seats } from "@/lib/db/schema";
import { describeIssues, fail, ok, type Result } from "../result";
import { outboundDraftSchema, type OutboundDraft } from "./draft";
import { announceMessage } from "./events";
import { outboxStateFor } from "./outbox-state";
import { loadRecipient, whyNotConnected } from "./recipient";
import { defaultReviewer, reviewDraft, type Reviewer } from "./review-draft";
import { scheduleSend } from "./schedule";

export type OutboundMessage = typeof outboundMessages.$inferSelect;
export interface QueueOptions {
  review?: Reviewer;
}

const byKey = (organizationId: string, key: string) => and(eq(outboundMessages.organizationId, organizationId), eq(outboundMessages.idempotencyKey, key));

/** Writes one quality finding per finding of the verdict, tied to the outbox row, its seat and client. */
export async function recordFindings(tx: Tx, m: { organizationId: string; id: string; clientId: string; seatId: string | null }, verdict: Verdict, now: Date): Promise<void> {
  if (!verdict.findings.length) return;
  await tx.insert(qualityFindings).values(
    verdict.findings.map((f) => ({ organizationId: m.organizationId, outboundMessageId: m.id, clientId: m.clientId, seatId: m.seatId, rule: f.rule, level: f.severity, code: f.category, excerpt: f.excerpt, message: f.explanation, suggestion: f.suggestion ?? null, createdAt: now })),
  );
}

/** Writes the message's timeline row (outbound, under its seat) and links it to the outbox row. */
export async function writeTimeline(tx: Tx, m: OutboundMessage, now: Date): Promise<OutboundMessage> {
  if (m.interactionId || !m.seatId) return m;
  const [row] = await tx.insert(interactions).values({ organizationId: m.organizationId, clientId: m.clientId, seatId: m.seatId, channel: m.channel, direction: "outbound", body: m.body, occurredAt: now }).returning({ id: interactions.id });
  const [linked] = await tx.update(outboundMessages).set({ interactionId: row!.id }).where(and(eq(outboundMessages.organizationId, m.organizationId), eq(outboundMessages.id, m.id))).returning();
  return linked!;
}

/**
 * Puts one message in the outbox, inside the caller's transaction: loads the client (consent,
 * opt-out, time zone, GHL contact and location, and for an email the team's sender and whether
 * its footer can be built), reviews it with that context, and stores the
 * row with its verdict and state (blocked, held, not_connected with the reason, or queued), one
 * quality finding per finding, and for a queued message its timeline row. Idempotent on the
 * idempotency key: a second call returns the first row untouched (created: false). The caller
 * schedules the send after commit (submitOutboundMessage does both).
 */
export async function queueOutboundMessage(tx: Tx, draft: unknown, now: Date, options: QueueOptions = {}): Promise<Result<{ message: OutboundMessage; created: boolean }>> {
  const parsed = outboundDraftSchema.safeParse(draft);
  if (!parsed.success) return fail(400, describeIssues(parsed.error));
  const d = parsed.data;
  const [existing] = await tx.select().from(outboundMessages).where(byKey(d.organizationId, d.idempotencyKey));
  if (existing) return ok({ message: existing, created: false });

  const recipient = await loadRecipient(tx, d.organizationId, d.clientId, d.ghlLocationId);
  if (!recipient) return fail(404, `No client ${d.clientId} in this organization.`);
  const [seat] = await tx.select({ id: seats.id }).from(seats).where(and(eq(seats.organizationId, d.organizationId), eq(seats.id, d.seatId)));
  if (!seat) return fail(404, `No seat ${d.seatId} in this organization: a message speaks for one of the team's seats.`);

  const verdict = reviewDraft(options.review ?? defaultReviewer, d, recipient, now);
  const { state, lastError } = outboxStateFor(verdict, { notConnected: await whyNotConnected(tx, d.organizationId, recipient) });
  const [inserted] = await tx
    .insert(outboundMessages)
    .values({
      organizationId: d.organizationId, clientId: d.clientId, seatId: d.seatId, authorUserId: d.authorUserId ?? null, authorKind: d.authorKind, purpose: d.purpose, channel: d.channel,
      subject: d.subject ?? null, body: d.body, idempotencyKey: d.idempotencyKey, inReplyToId: d.inReplyToId ?? null, verdict, allowed: verdict.allowed, fairHousing: verdict.fairHousing,
      state, lastError, ghlLocationId: recipient.locationId, createdAt: now, queuedAt: state === "queued" ? now : null, nextAttemptAt: state === "queued" ? now : null,
    })
    .onConflictDoNothing()
    .returning();
  if (!inserted) {
    const [first] = await tx.select().from(outboundMessages).where(byKey(d.organizationId, d.idempotencyKey));
    return ok({ message: first!, created: false });
  }
  await recordFindings(tx, inserted, verdict, now);
  const message = state === "queued" ? await writeTimeline(tx, inserted, now) : inserted;
  await announceMessage(tx, message, now, state === "blocked" ? verdict.findings.find((f) => f.severity === "block")?.explanation : null);
  return ok({ message, created: true });
}

/** Queues a message in its own transaction and, once committed, schedules its send. */
export async function submitOutboundMessage(db: Db, draft: OutboundDraft | unknown, now = new Date(), options: QueueOptions = {}): Promise<Result<{ message: OutboundMessage; created: boolean }>> {
  const result = await db.transaction((tx) => queueOutboundMessage(tx, draft, now, options));
  if (result.ok && result.data.created) await scheduleSend(result.data.message);
  return result;
}
