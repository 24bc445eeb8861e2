import { z } from "zod";
import { enqueue } from "@/lib/jobs/runtime";
import { defineJob, type JobDefinition } from "@/lib/jobs/types";
import { answerClientMessage, replyJobSchema, replyKey, type ReplyJob } from "./answer-message";
import { sweepUnanswered } from "./sweep";

export const CONVERSATION_REPLY_JOB = "conversation.reply";
export const CONVERSATION_SWEEP_JOB = "conversation.sweep";

/**
 * Asks the job queue to answer one inbound message (or give a new lead's first touch) now, once
 * per message. Safe to call inside the intake transaction: the job waits for that transaction's
 * routing lock before it reads, so it sees the committed message.
 */
export async function scheduleReply(job: ReplyJob): Promise<void> {
  await enqueue(CONVERSATION_REPLY_JOB, job, { singletonKey: replyKey(job) });
}

/**
 * The AI seats' background work: the reply job per inbound message (or first touch), and a sweep
 * every 10 s that answers what a lost job left unanswered for 20 s. Both idempotent.
 */
export const CONVERSATION_JOBS: JobDefinition[] = [
  defineJob({ name: CONVERSATION_REPLY_JOB, schema: replyJobSchema, pollingIntervalSeconds: 0.5, handler: async (db, d) => void (await answerClientMessage(db, d)) }),
  defineJob({ name: CONVERSATION_SWEEP_JOB, schema: z.object({}).passthrough(), cron: "* * * * *", everyMs: 10_000, handler: async (db) => void (await sweepUnanswered(db)) }),
];
