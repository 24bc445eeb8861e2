import { and, eq } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import type { NormalizedMessageStatus } from "@/lib/domain/intake/normalize-ghl";
import { outboundMessages } from "@/lib/db/schema";
import { announceMessage } from "./events";

export type StatusOutcome = "updated" | "unchanged" | "unknown_message";

/** Which states a status may move a sent message to: forward only, and nothing moves a delivered message. */
const MAY_MOVE: Record<string, readonly string[]> = {
  sent: ["delivered", "failed"],
  failed: ["delivered"],
};

/**
 * Applies GoHighLevel's word on a sent message (an OutboundMessage or message-status webhook) to
 * its outbox row, found by GHL's messageId within the organization. Idempotent, and in any order:
 * a repeated or older status changes nothing, delivered is never moved back to sent or failed,
 * and a late "delivered" after a "failed" wins (the carrier's receipt is the stronger word). A
 * message the console did not send (unknown messageId) is left alone: it never becomes a client.
 */
export async function applyMessageStatus(db: Db, organizationId: string, status: NormalizedMessageStatus, now = new Date()): Promise<StatusOutcome> {
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(outboundMessages).where(and(eq(outboundMessages.organizationId, organizationId), eq(outboundMessages.ghlMessageId, status.messageId))).for("update");
    if (!row) return "unknown_message";
    const next = status.state;
    if (!next || !(MAY_MOVE[row.state] ?? []).includes(next)) return "unchanged";
    const at = status.at ?? now;
    const reason = next === "failed" ? `GoHighLevel reported it ${status.status ?? "failed"}${status.error ? `: ${status.error}` : ""}` : null;
    const set = next === "delivered" ? { state: next, deliveredAt: at, lastError: null } : { state: next, failedAt: at, lastError: reason };
    const [updated] = await tx.update(outboundMessages).set(set).where(and(eq(outboundMessages.organizationId, organizationId), eq(outboundMessages.id, row.id))).returning();
    await announceMessage(tx, updated!, now, status.error);
    return "updated";
  });
}
