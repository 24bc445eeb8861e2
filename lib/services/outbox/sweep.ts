import { and, asc, eq, isNull, lte, or } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { outboundMessages } from "@/lib/db/schema";
import { sendOutboundMessage, type SendOptions, type SendOutcome } from "./send-message";

/** Sends at once per sweep, so one slow GoHighLevel answer does not hold up the rest. */
const PARALLEL = 4;

/**
 * Sends every queued message that is due (its job was lost, or it waits for a retry) and settles
 * the ones whose lease ran out without an answer (failed, outcome unknown: never resent). Each
 * row is claimed on its own, so sweeps and send jobs running together send each message once.
 * Returns how many ended in each outcome.
 */
export async function sweepOutbox(db: Db, options: SendOptions = {}, max = 200): Promise<Partial<Record<SendOutcome, number>>> {
  const now = options.now ?? new Date();
  const due = await db
    .select({ organizationId: outboundMessages.organizationId, id: outboundMessages.id })
    .from(outboundMessages)
    .where(and(eq(outboundMessages.state, "queued"), or(isNull(outboundMessages.nextAttemptAt), lte(outboundMessages.nextAttemptAt, now))))
    .orderBy(asc(outboundMessages.nextAttemptAt))
    .limit(max);
  const counts: Partial<Record<SendOutcome, number>> = {};
  for (let i = 0; i < due.length; i += PARALLEL) {
    const outcomes = await Promise.all(due.slice(i, i + PARALLEL).map((m) => sendOutboundMessage(db, { organizationId: m.organizationId, outboundMessageId: m.id }, { ...options, now })));
    for (const o of outcomes) counts[o] = (counts[o] ?? 0) + 1;
  }
  return counts;
}
