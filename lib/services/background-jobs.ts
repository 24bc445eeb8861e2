import { z } from "zod";
import { defineJob, type JobDefinition } from "@/lib/jobs/types";
import { sweepAppointmentReminders } from "./appointments/reminders";
import { CONVERSATION_JOBS } from "./conversation/jobs";
import { OUTBOX_JOBS } from "./outbox/jobs";
import { sweepSettledEscalations } from "./escalations/close-settled";
import { sweepEscalationSlas } from "./escalations/sla-sweep";
import { expireOffer, sweepExpiredOffers } from "./offers/expire-offers";
import { OFFER_EXPIRY_JOB } from "./offers/assignment-log";
import { scheduleFollowUps } from "./tasks/follow-ups";
import { sweepDeadlineRisks, sweepTaskReminders } from "./tasks/reminders";

const sweep = z.object({}).passthrough();

/**
 * The coordination work that runs in the background: each offer times out at its own expiry
 * (one job per offer), and minute sweeps repair anything a lost timer missed, announce overdue
 * escalations, close those whose cause is gone, schedule follow-ups, remind seats of tasks and
 * appointments, flag contract deadlines at risk, send the outbox through GoHighLevel, and let the AI seats answer their clients.
 * Every handler is an idempotent function of the tables.
 */
export const COORDINATION_JOBS: JobDefinition[] = [
  defineJob({
    name: OFFER_EXPIRY_JOB,
    schema: z.object({ organizationId: z.guid(), assignmentId: z.guid() }),
    handler: async (db, d) => void (await expireOffer(db, d.organizationId, d.assignmentId)),
  }),
  defineJob({ name: "offers.sweep", schema: sweep, cron: "* * * * *", everyMs: 15_000, handler: async (db) => void (await sweepExpiredOffers(db)) }),
  defineJob({ name: "escalations.sla-sweep", schema: sweep, cron: "* * * * *", everyMs: 60_000, handler: async (db) => void (await sweepEscalationSlas(db)) }),
  defineJob({ name: "escalations.close-settled", schema: sweep, cron: "* * * * *", everyMs: 60_000, handler: async (db) => void (await sweepSettledEscalations(db)) }),
  defineJob({ name: "follow-ups.schedule", schema: sweep, cron: "*/15 * * * *", everyMs: 15 * 60_000, handler: async (db) => void (await scheduleFollowUps(db)) }),
  defineJob({ name: "tasks.reminders", schema: sweep, cron: "* * * * *", everyMs: 60_000, handler: async (db) => void (await sweepTaskReminders(db)) }),
  defineJob({ name: "appointments.reminders", schema: sweep, cron: "* * * * *", everyMs: 60_000, handler: async (db) => void (await sweepAppointmentReminders(db)) }),
  ...OUTBOX_JOBS,
  ...CONVERSATION_JOBS,
  defineJob({ name: "deadlines.risk-sweep", schema: sweep, cron: "*/10 * * * *", everyMs: 10 * 60_000, handler: async (db) => void (await sweepDeadlineRisks(db)) }),
];
