import { and, eq, isNull, sql } from "drizzle-orm";
import type { ReplyPlan } from "@/lib/domain/conversation/plan-reply";
import type { Tx } from "@/lib/db/client";
import { clients, conversations, interactions, qualificationAnswers } from "@/lib/db/schema";
import { queueOutboundMessage, type OutboundMessage } from "../outbox/queue-message";
import { leaveOutreach, rejoinTexts } from "./opt-out-exit";
import type { ReplyFacts } from "./reply-facts";

/** The reply as it goes out: the words (the template's or an accepted rephrasing), the channel, the subject of an email. */
export interface OutgoingReply {
  body: string;
  channel: "sms" | "email" | "chat";
  subject: string | null;
  idempotencyKey: string;
}

/** What the reply's transaction wrote; claimed false when another run already answered this message. */
export type WrittenReply = { claimed: false } | { claimed: true; message: OutboundMessage | null; queueError: string | null };

const round = (n: number | null | undefined) => (n === undefined ? undefined : n === null ? null : Math.round(n));

/** Claims the message (its `productive` flag is set once), or for a first touch the conversation row: false when already done. */
async function claim(tx: Tx, f: ReplyFacts, plan: ReplyPlan, aiSeatId: string, now: Date): Promise<boolean> {
  const org = f.client.organizationId;
  if (f.inbound) {
    const rows = await tx.update(interactions).set({ productive: plan.productive }).where(and(eq(interactions.organizationId, org), eq(interactions.id, f.inbound.id), isNull(interactions.productive))).returning({ id: interactions.id });
    if (!rows.length) return false;
  }
  if (f.conversation) return true;
  const inserted = await tx.insert(conversations).values({ organizationId: org, clientId: f.client.id, aiSeatId, language: plan.language, createdAt: now, updatedAt: now }).onConflictDoNothing().returning({ id: conversations.id });
  return inserted.length > 0 || f.inbound !== null;
}

/** Stores each answer this message gave, one row per field, tied to the message it came from. */
async function storeAnswers(tx: Tx, f: ReplyFacts, plan: ReplyPlan, now: Date): Promise<void> {
  for (const a of plan.answers) {
    const values = { value: a.value, excerpt: a.excerpt, quality: a.quality, sourceInteractionId: f.inbound?.id ?? null, extractedAt: now };
    await tx.insert(qualificationAnswers).values({ organizationId: f.client.organizationId, clientId: f.client.id, field: a.field, ...values })
      .onConflictDoUpdate({ target: [qualificationAnswers.organizationId, qualificationAnswers.clientId, qualificationAnswers.field], set: values });
  }
}

/** The client's qualification, columns, temperature, score and stage after this message. */
async function updateClient(tx: Tx, f: ReplyFacts, plan: ReplyPlan, now: Date): Promise<void> {
  const c = plan.patch.columns;
  const columns = { propertyAddress: c.propertyAddress, priceExpectation: round(c.priceExpectation), budgetMin: round(c.budgetMin), budgetMax: round(c.budgetMax), preApproved: c.preApproved, preApprovalAmount: round(c.preApprovalAmount), timelineDays: round(c.timelineDays) };
  const defined = Object.fromEntries(Object.entries(columns).filter(([, v]) => v !== undefined));
  await tx
    .update(clients)
    .set({ ...defined, qualification: { ...(f.client.qualification as Record<string, unknown>), ...plan.patch.qualification }, temperature: plan.lead.temperature, leadScore: plan.lead.score, stage: plan.stage, updatedAt: now })
    .where(and(eq(clients.organizationId, f.client.organizationId), eq(clients.id, f.client.id)));
}

/**
 * Everything one inbound message changes, in the caller's transaction: the claim on the message,
 * the answers, the client (qualification, columns, temperature, score, stage), consent on an
 * opt-out or opt-in, the conversation row, and the reply queued through the outbox (the opt-out
 * confirmation marked so the gate lets it through). `keepState` leaves the stored state as it
 * is (a paused seat reads the answers but does not speak).
 */
export async function writeReply(tx: Tx, f: ReplyFacts, plan: ReplyPlan, ctx: { aiSeatId: string; reply: OutgoingReply | null; keepState: boolean; now: Date }): Promise<WrittenReply> {
  const { now } = ctx;
  if (!(await claim(tx, f, plan, ctx.aiSeatId, now))) return { claimed: false };
  const org = f.client.organizationId;
  await storeAnswers(tx, f, plan, now);
  await updateClient(tx, f, plan, now);
  if (plan.action === "confirm_opt_out") await leaveOutreach(tx, f.client, now);
  if (plan.action === "confirm_opt_in") await rejoinTexts(tx, f.client, now);
  const state = ctx.keepState ? undefined : plan.conversation.state;
  await tx
    .update(conversations)
    .set({
      ...(state ? { state } : {}), lastQuestion: plan.conversation.lastQuestion, language: plan.language, aiSeatId: ctx.aiSeatId, updatedAt: now,
      questionsAsked: sql`${conversations.questionsAsked} + ${ctx.reply && plan.conversation.lastQuestion && plan.templateKeys.some((k) => k.startsWith("ask.")) ? 1 : 0}`,
      ...(plan.conversation.stoppedReason && !ctx.keepState ? { stoppedReason: plan.conversation.stoppedReason, stoppedAt: now } : {}),
      ...(plan.action === "confirm_opt_in" ? { stoppedReason: null, stoppedAt: null, optOutConfirmedAt: null } : {}),
      ...(plan.action === "confirm_opt_out" && ctx.reply ? { optOutConfirmedAt: now } : {}),
    })
    .where(and(eq(conversations.organizationId, org), eq(conversations.clientId, f.client.id)));
  if (!ctx.reply) return { claimed: true, message: null, queueError: null };
  const queued = await queueOutboundMessage(tx, {
    organizationId: org, clientId: f.client.id, seatId: ctx.aiSeatId, authorKind: "ai", purpose: "conversational", channel: ctx.reply.channel, subject: ctx.reply.subject,
    body: ctx.reply.body, idempotencyKey: ctx.reply.idempotencyKey, inReplyToId: f.inbound?.id ?? null, reviewKind: plan.action === "confirm_opt_out" ? "opt_out_confirmation" : null,
  }, now);
  return queued.ok ? { claimed: true, message: queued.data.created ? queued.data.message : null, queueError: null } : { claimed: true, message: null, queueError: queued.error };
}
