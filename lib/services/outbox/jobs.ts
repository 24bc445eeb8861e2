import { z } from "zod";
import { defineJob, type JobDefinition } from "@/lib/jobs/types";
import { OUTBOX_SEND_JOB, OUTBOX_SWEEP_JOB } from "./schedule";
import { sendOutboundMessage } from "./send-message";
import { sweepOutbox } from "./sweep";

/**
 * The outbox's background work: one send job per queued message (at its next attempt time), and
 * a sweep every few seconds that sends what a lost job missed, retries what is due and settles
 * sends whose answer was never recorded. Both are idempotent functions of outbound_messages.
 */
export const OUTBOX_JOBS: JobDefinition[] = [
  defineJob({
    name: OUTBOX_SEND_JOB,
    schema: z.object({ organizationId: z.guid(), outboundMessageId: z.guid() }),
    handler: async (db, d) => void (await sendOutboundMessage(db, d)),
    pollingIntervalSeconds: 0.5,
  }),
  defineJob({ name: OUTBOX_SWEEP_JOB, schema: z.object({}).passthrough(), cron: "* * * * *", everyMs: 5_000, handler: async (db) => void (await sweepOutbox(db)) }),
];
