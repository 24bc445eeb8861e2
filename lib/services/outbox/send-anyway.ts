import { and, eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { recordAudit } from "@/lib/db/queries/audit";
import type { ViewerRecord } from "@/lib/db/queries/users";
import { outboundMessages } from "@/lib/db/schema";
import { requireWholeClient } from "../client-access";
import { describeIssues, fail, ok, type Result } from "../result";
import { outboundDraftSchema } from "./draft";
import { announceMessage } from "./events";
import { outboxStateFor } from "./outbox-state";
import type { OutboundMessage } from "./queue-message";
import { writeTimeline } from "./queue-message";
import { loadRecipient, whyNotConnected } from "./recipient";
import { defaultReviewer, reviewDraft, type Reviewer } from "./review-draft";
import { scheduleSend } from "./schedule";

const input = z.object({ outboundMessageId: z.guid("outboundMessageId must be a UUID: the held message to send") });
const NOT_FOUND = "No such held message among the clients you can write to.";

/**
 * A person's "send anyway" for a message the gate warned about. Only someone who may write to
 * that client does it; the message is reviewed again at this moment (consent or the hour may
 * have changed) and released only if nothing blocks: queued (or not_connected, with the reason),
 * recorded with who and when, in the audit trail and on the timeline. A block refuses with the
 * gate's reasons and leaves the message held.
 */
export async function sendAnyway(db: Db, viewer: ViewerRecord, raw: unknown, now = new Date(), review: Reviewer = defaultReviewer): Promise<Result<{ message: OutboundMessage }>> {
  const parsed = input.safeParse(raw);
  if (!parsed.success) return fail(400, describeIssues(parsed.error));
  const result = await db.transaction(async (tx): Promise<Result<{ message: OutboundMessage }>> => {
    const where = and(eq(outboundMessages.organizationId, viewer.organizationId), eq(outboundMessages.id, parsed.data.outboundMessageId));
    const [held] = await tx.select().from(outboundMessages).where(where).for("update");
    if (!held) return fail(404, NOT_FOUND);
    const access = await requireWholeClient(tx, viewer, held.clientId, NOT_FOUND);
    if (!access.ok) return access;
    if (held.state !== "held") return fail(409, `This message is ${held.state.replace("_", " ")}, not held: only a held message can be sent anyway.`);

    const recipient = await loadRecipient(tx, held.organizationId, held.clientId, held.ghlLocationId);
    if (!recipient) return fail(404, NOT_FOUND);
    const draft = outboundDraftSchema.parse({ ...held, subject: held.subject, authorUserId: held.authorUserId, inReplyToId: held.inReplyToId, ghlLocationId: held.ghlLocationId });
    const verdict = reviewDraft(review, draft, recipient, now);
    if (!verdict.allowed) {
      const reasons = verdict.findings.filter((f) => f.severity === "block").map((f) => `"${f.excerpt}": ${f.explanation}`);
      return fail(409, `The quality gate now blocks this message, so it stays held: ${reasons.join("; ") || "it may not be sent"}.`);
    }
    const { state, lastError } = outboxStateFor(verdict, { notConnected: await whyNotConnected(tx, held.organizationId, recipient) }, true);
    const [released] = await tx
      .update(outboundMessages)
      .set({ verdict, allowed: verdict.allowed, fairHousing: verdict.fairHousing, state, lastError, overriddenByUserId: viewer.userId, overriddenAt: now, queuedAt: state === "queued" ? now : null, nextAttemptAt: state === "queued" ? now : null })
      .where(where)
      .returning();
    const message = state === "queued" ? await writeTimeline(tx, released!, now) : released!;
    await recordAudit(tx, { organizationId: viewer.organizationId, actorType: "user", actorId: viewer.userId, action: "outbox.sent_anyway", entityType: "outbound_message", entityId: held.id, data: { clientId: held.clientId, state, warnings: verdict.findings.filter((f) => f.severity === "warn").map((f) => f.category) } });
    await announceMessage(tx, message, now);
    return ok({ message });
  });
  if (result.ok) await scheduleSend(result.data.message);
  return result;
}
