import { reviewMessage } from "@/lib/domain/compliance/review";
import type { ReplyPlan } from "@/lib/domain/conversation/plan-reply";
import { DEFAULT_TEMPLATES } from "@/lib/domain/conversation/templates";
import { renderTemplate } from "@/lib/domain/conversation/render-template";
import type { Db } from "@/lib/db/client";
import { outboundDraftSchema } from "../outbox/draft";
import { loadRecipient } from "../outbox/recipient";
import { reviewRequest } from "../outbox/review-draft";
import { phraseReply } from "../llm/phrase-reply";
import type { ReplyFacts } from "./reply-facts";

export type Phraser = typeof phraseReply;

/** Rephrasing is worth a try only for the conversational asks; confirmations and handoffs go out as written. */
const PHRASED_ACTIONS = new Set(["first_touch", "ask", "disclose"]);

/** The channel the reply goes by: the one the client wrote on when it can carry a reply, else a text to a phone, else email. */
export function replyChannel(f: ReplyFacts): "sms" | "email" | "chat" {
  const wrote = f.inbound?.channel;
  if (wrote === "sms" || wrote === "email" || wrote === "chat") return wrote;
  return f.client.phone || !f.client.email ? "sms" : "email";
}

/** An email's subject from the organization's template (or the default when none is stored or it does not render) for the first touch or the handoff. */
export function replySubject(f: ReplyFacts, plan: ReplyPlan, seatFirstName: string | null): string {
  const key = plan.action === "handoff" ? "email_subject.handoff" : "email_subject.first_touch";
  const vars = { firstName: f.client.firstName, seatFirstName: seatFirstName ?? "" };
  const stored = f.templates.find((t) => t.key === key && t.language === plan.language)?.body;
  for (const body of [stored, DEFAULT_TEMPLATES[key]?.[plan.language]]) {
    const rendered = body ? renderTemplate(body, vars) : null;
    if (rendered?.ok) return rendered.text;
  }
  return "Jorge Salas Real Estate";
}

/**
 * The words to send: the model's rephrasing when it is on, answers in time and passes the gate
 * with no finding at warn or block for this very recipient; otherwise the template's text.
 */
export async function replyWords(db: Db, f: ReplyFacts, plan: ReplyPlan, draft: { seatId: string; channel: "sms" | "email" | "chat"; subject: string | null }, now: Date, phrase: Phraser = phraseReply): Promise<string> {
  const template = plan.text!;
  if (!PHRASED_ACTIONS.has(plan.action) || draft.channel !== "sms") return template;
  const firstName = f.client.firstName === "New lead" ? "" : f.client.firstName;
  const phrased = await phrase({ template, purpose: plan.action === "first_touch" ? "first touch with a new lead" : "the next qualifying question", language: plan.language, firstName });
  if (!phrased || phrased === template) return template;
  const recipient = await db.transaction((tx) => loadRecipient(tx, f.client.organizationId, f.client.id));
  const parsed = outboundDraftSchema.safeParse({ organizationId: f.client.organizationId, clientId: f.client.id, seatId: draft.seatId, authorKind: "ai", channel: draft.channel, body: phrased, idempotencyKey: "phrase-check" });
  if (!recipient || !parsed.success) return template;
  const { input, context } = reviewRequest(parsed.data, recipient, now);
  const verdict = reviewMessage(input, context, now);
  return verdict.allowed && !verdict.findings.some((x) => x.severity === "warn" || x.severity === "block") ? phrased : template;
}
