import { z } from "zod";
import { CHANNELS, CLIENT_TYPES, DIRECTIONS, PIPELINES, TEMPERATURES, TRANSACTION_SIDES, TRANSACTION_STATUSES } from "../team/vocabulary";

/** How soon the client means to move, in words. */
export const TIMELINE_LABELS = ["within 30 days", "1-3 months", "3-6 months", "6+ months", "unknown"] as const;
export type TimelineLabel = (typeof TIMELINE_LABELS)[number];

const instant = z.iso.datetime();
const day = z.iso.date();
const dollars = z.number().int().nonnegative().nullable();

/**
 * Everything a seat receiving a client must know, in one document: who they are, what they
 * answered, their money and timeline, what they consented to, the last touch, promises still
 * open, their deals and the whole conversation. Instants are ISO strings, so a dossier can be
 * stored with a handoff or sent over the API and read back with this schema.
 */
export const dossierSchema = z.object({
  profile: z.object({
    name: z.string().min(1),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    type: z.enum(CLIENT_TYPES),
    pipeline: z.enum(PIPELINES),
    stage: z.string().min(1),
    marketName: z.string().nullable(),
    propertyAddress: z.string().nullable(),
    language: z.string().min(1),
    timeZone: z.string().min(1),
    temperature: z.enum(TEMPERATURES),
    leadScore: z.number().int().min(0).max(100),
    tags: z.array(z.string()),
  }),
  qualification: z.object({
    answers: z.array(z.object({ question: z.string().min(1), answer: z.string().min(1) })),
    complete: z.boolean(),
  }),
  money: z.object({
    budgetMin: dollars,
    budgetMax: dollars,
    priceExpectation: dollars,
    preApproved: z.boolean().nullable(),
    preApprovalAmount: dollars,
    commissionPotential: dollars,
  }),
  timeline: z.object({ timelineDays: z.number().int().nullable(), label: z.enum(TIMELINE_LABELS) }),
  consent: z.object({ sms: z.boolean(), email: z.boolean(), optedOut: z.boolean(), optedOutAt: instant.nullable() }),
  lastTouch: z.object({ at: instant, channel: z.enum(CHANNELS), direction: z.enum(DIRECTIONS), summary: z.string() }).nullable(),
  openPromises: z.array(z.object({ title: z.string().min(1), dueAt: instant.nullable(), seatName: z.string().nullable(), overdue: z.boolean() })),
  transactions: z.array(
    z.object({
      address: z.string().min(1),
      side: z.enum(TRANSACTION_SIDES),
      status: z.enum(TRANSACTION_STATUSES),
      stage: z.string().min(1),
      price: z.number().int().positive(),
      acceptanceDate: day.nullable(),
      closeOfEscrowDate: day.nullable(),
      nextDeadline: z.object({ name: z.string().min(1), due: day }).nullable(),
    }),
  ),
  history: z.array(z.object({ at: instant, channel: z.enum(CHANNELS), direction: z.enum(DIRECTIONS), seatName: z.string().nullable(), body: z.string() })),
  builtAt: instant,
});

export type Dossier = z.infer<typeof dossierSchema>;
