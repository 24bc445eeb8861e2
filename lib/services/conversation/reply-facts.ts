import { and, desc, eq, gte, inArray, ne } from "drizzle-orm";
import { detectConsentSignal } from "@/lib/domain/compliance/opt-out";
import { DISCLOSURE_QUESTION } from "@/lib/domain/compliance/disclosure";
import type { PlanReplyInput } from "@/lib/domain/conversation/plan-input";
import type { Db, Tx } from "@/lib/db/client";
import { clients, conversations, escalations, interactions, messageTemplates, qualificationAnswers } from "@/lib/db/schema";
import type { EscalationTrigger } from "@/lib/domain/escalation/triggers";
import type { ClientType, ConversationState, Pipeline, QualificationField, Severity, Temperature } from "@/lib/domain/team/vocabulary";

export type ClientRow = typeof clients.$inferSelect;
export type ConversationRow = typeof conversations.$inferSelect;
export type InteractionRow = typeof interactions.$inferSelect;

/** Escalations this message could have opened: those opened for the client from a minute before it on, still open. */
const ESCALATION_WINDOW_MS = 60_000;
const MESSAGE_TRIGGERS = ["human_requested", "distress_words", "unproductive_exchanges", "negative_sentiment", "hot_qualified"] as const;

/** What the AI seat's decision reads from the database: the client, their conversation, the message, answers, templates and findings. */
export interface ReplyFacts {
  client: ClientRow;
  conversation: ConversationRow | null;
  inbound: InteractionRow | null;
  answers: { field: QualificationField; value: Record<string, unknown>; excerpt: string; quality: number }[];
  templates: { key: string; language: string; body: string }[];
  escalations: { trigger: EscalationTrigger; severity: Severity; summary: string }[];
}

/** Loads the facts for one inbound message (or a first touch, with no message); null when the client or message is gone. */
export async function loadReplyFacts(db: Db | Tx, organizationId: string, clientId: string, interactionId: string | null): Promise<ReplyFacts | null> {
  const [client] = await db.select().from(clients).where(and(eq(clients.organizationId, organizationId), eq(clients.id, clientId)));
  if (!client) return null;
  const [inbound] = interactionId
    ? await db.select().from(interactions).where(and(eq(interactions.organizationId, organizationId), eq(interactions.id, interactionId), eq(interactions.clientId, clientId), eq(interactions.direction, "inbound")))
    : [null];
  if (interactionId && !inbound) return null;
  const [[conversation], answers, templates, opened] = await Promise.all([
    db.select().from(conversations).where(and(eq(conversations.organizationId, organizationId), eq(conversations.clientId, clientId))),
    db.select().from(qualificationAnswers).where(and(eq(qualificationAnswers.organizationId, organizationId), eq(qualificationAnswers.clientId, clientId))),
    db.select({ key: messageTemplates.key, language: messageTemplates.language, body: messageTemplates.body }).from(messageTemplates).where(eq(messageTemplates.organizationId, organizationId)),
    inbound
      ? db
          .select({ trigger: escalations.trigger, severity: escalations.severity, summary: escalations.summary })
          .from(escalations)
          .where(and(eq(escalations.organizationId, organizationId), eq(escalations.clientId, clientId), ne(escalations.status, "resolved"), inArray(escalations.trigger, [...MESSAGE_TRIGGERS]), gte(escalations.createdAt, new Date(inbound.occurredAt.getTime() - ESCALATION_WINDOW_MS))))
          .orderBy(desc(escalations.createdAt))
      : Promise.resolve([]),
  ]);
  return {
    client, conversation: conversation ?? null, inbound: inbound ?? null, templates,
    answers: answers.map((a) => ({ field: a.field as QualificationField, value: a.value as Record<string, unknown>, excerpt: a.excerpt, quality: a.quality })),
    escalations: opened.map((e) => ({ trigger: e.trigger as EscalationTrigger, severity: e.severity as Severity, summary: e.summary })),
  };
}

/** planReply's input from the loaded facts; `state` overrides the stored conversation state (a paused seat reads but never speaks). */
export function planInputOf(f: ReplyFacts, now: Date, options: { state?: ConversationState; humanFirstName?: string | null } = {}): PlanReplyInput {
  const c = f.client;
  const text = f.inbound?.body ?? "";
  const consent = f.inbound ? detectConsentSignal(text) : { optOut: false, optIn: false };
  return {
    now,
    conversation: { state: options.state ?? ((f.conversation?.state as ConversationState | undefined) ?? (c.optedOutAt ? "opted_out" : "active")), lastQuestion: (f.conversation?.lastQuestion as QualificationField | null) ?? null },
    client: {
      firstName: c.firstName === "New lead" ? null : c.firstName, pipeline: c.pipeline as Pipeline, type: c.type as ClientType, stage: c.stage, temperature: c.temperature as Temperature, language: f.conversation?.language ?? c.language, timeZone: c.timeZone,
      qualification: c.qualification as Record<string, unknown>, propertyAddress: c.propertyAddress, priceExpectation: c.priceExpectation, budgetMin: c.budgetMin, budgetMax: c.budgetMax,
      preApproved: c.preApproved, preApprovalAmount: c.preApprovalAmount, timelineDays: c.timelineDays, answers: f.answers,
    },
    message: { text },
    signals: { optOut: consent.optOut, optIn: consent.optIn, asksIfBot: DISCLOSURE_QUESTION.test(text), escalations: f.escalations, isFirstMessage: f.conversation === null },
    humanSeat: options.humanFirstName ? { firstName: options.humanFirstName } : null,
    templates: f.templates,
  };
}
