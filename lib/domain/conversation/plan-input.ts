import { z } from "zod";
import { isTimeZone } from "../compliance/time-zone";
import { CLIENT_TYPES, CONVERSATION_STATES, ESCALATION_TRIGGERS, PIPELINES, QUALIFICATION_FIELDS, SEVERITIES, TEMPERATURES } from "../team/vocabulary";

const answerSchema = z.object({
  field: z.enum(QUALIFICATION_FIELDS, { error: `field must be one of ${QUALIFICATION_FIELDS.join(", ")}` }),
  value: z.record(z.string(), z.unknown()),
  excerpt: z.string(),
  quality: z.number().int().min(0).max(100, "quality is 0-100"),
});

const money = z.number().finite().nonnegative().nullable().optional();

/** Everything the AI seat's decision needs about one inbound message; the caller computes the signals. */
export const planReplyInputSchema = z.object({
  now: z.date({ error: "now must be a Date: the caller passes the clock" }),
  conversation: z.object({
    state: z.enum(CONVERSATION_STATES, { error: `conversation.state must be one of ${CONVERSATION_STATES.join(", ")}` }),
    lastQuestion: z.enum(QUALIFICATION_FIELDS).nullable(),
  }),
  client: z.object({
    firstName: z.string().nullable(),
    pipeline: z.enum(PIPELINES, { error: 'client.pipeline must be "seller" or "buyer"' }),
    type: z.enum(CLIENT_TYPES),
    stage: z.string().min(1, "client.stage is the client's current pipeline stage"),
    temperature: z.enum(TEMPERATURES).nullable().optional(),
    language: z.string().nullable().optional(),
    timeZone: z.string().refine(isTimeZone, { error: "client.timeZone must be an IANA time zone such as America/Los_Angeles" }),
    qualification: z.record(z.string(), z.unknown()).default({}),
    propertyAddress: z.string().nullable().optional(),
    priceExpectation: money,
    budgetMin: money,
    budgetMax: money,
    preApproved: z.boolean().nullable().optional(),
    preApprovalAmount: money,
    timelineDays: z.number().int().nonnegative().nullable().optional(),
    /** The answers stored so far (qualification_answers), so the quality is the mean over all of them. */
    answers: z.array(answerSchema).default([]),
  }),
  message: z.object({ text: z.string().max(20_000, "message.text is at most 20,000 characters") }),
  signals: z.object({
    optOut: z.boolean().default(false),
    optIn: z.boolean().default(false),
    asksIfBot: z.boolean().default(false),
    escalations: z.array(z.object({ trigger: z.enum(ESCALATION_TRIGGERS), severity: z.enum(SEVERITIES), summary: z.string() })).default([]),
    isFirstMessage: z.boolean().default(false),
  }),
  /** The person who would take a hot lead, when the caller has one in mind; the handoff text names them. */
  humanSeat: z.object({ firstName: z.string().trim().min(1) }).nullable().optional(),
  /** The organization's stored templates; a key and language it has not stored uses the default. */
  templates: z.array(z.object({ key: z.string(), language: z.string(), body: z.string() })).default([]),
});

export type PlanReplyInput = z.input<typeof planReplyInputSchema>;
export type PlanReplyFacts = z.output<typeof planReplyInputSchema>;

/** The input checked, or the list of what is wrong with it, each with its path. */
export function parsePlanReplyInput(input: unknown): { ok: true; value: PlanReplyFacts } | { ok: false; errors: string[] } {
  const parsed = planReplyInputSchema.safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, errors: parsed.error.issues.map((i) => `${i.path.join(".") || "input"}: ${i.message}`) };
}
