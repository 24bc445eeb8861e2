import { enqueue } from "@/lib/jobs/runtime";

export const OUTBOX_SEND_JOB = "outbox.send";
export const OUTBOX_SWEEP_JOB = "outbox.sweep";

/**
 * Asks the job queue to send one queued message at its next attempt time. Call it after the
 * transaction that queued the row commits; a send that runs early finds nothing due and does
 * nothing, and the sweep sends whatever a lost job missed.
 */
export async function scheduleSend(m: { organizationId: string; id: string; state: string; nextAttemptAt: Date | null }): Promise<void> {
  if (m.state !== "queued") return;
  await enqueue(OUTBOX_SEND_JOB, { organizationId: m.organizationId, outboundMessageId: m.id }, { startAfter: m.nextAttemptAt ?? undefined, singletonKey: `${m.id}:${m.nextAttemptAt?.getTime() ?? 0}` });
}
