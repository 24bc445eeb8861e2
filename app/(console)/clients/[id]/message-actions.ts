"use server";

import { randomUUID } from "node:crypto";
import { revalidatePath } from "next/cache";
import { getViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db/client";
import type { Verdict } from "@/lib/domain/compliance/verdict";
import { formAction } from "@/lib/http/form-action";
import { deliveryGaps, writeToClient, writeToClientSchema } from "@/lib/services/messages/write-to-client";
import type { OutboundMessage } from "@/lib/services/outbox/queue-message";
import { sendAnyway } from "@/lib/services/outbox/send-anyway";
import type { ComposeState } from "@/components/messages/compose-state";
import { fieldsOf, issuesByField } from "./on-client";

const EXPIRED = "Your session expired. Sign in again, then send once more.";

/** The stored message as the compose panel shows it, with a fresh nonce for the next one. */
async function answer(message: OutboundMessage): Promise<ComposeState> {
  const verdict = message.verdict as Verdict;
  const findings = verdict.findings.map((f) => ({ severity: f.severity, rule: f.rule, category: f.category, excerpt: f.excerpt, explanation: f.explanation, suggestion: f.suggestion ?? null }));
  const gaps = await deliveryGaps(getDb(), message);
  revalidatePath(`/clients/${message.clientId}`);
  return { outcome: { messageId: message.id, state: message.state as NonNullable<ComposeState["outcome"]>["state"], body: message.body, findings, lastError: message.lastError, ...gaps }, nextNonce: randomUUID() };
}

/** Writes a text or email to the client through the quality gate, for the signed-in person's seat; the form's nonce makes a double submit send once. */
export const sendMessageAction = formAction(async function sendMessageAction(prev: ComposeState, form: FormData): Promise<ComposeState> {
  const keep = { nextNonce: prev.nextNonce };
  const viewer = await getViewer();
  if (!viewer) return { ...keep, error: EXPIRED };
  const input = fieldsOf(form, ["clientId", "channel", "subject", "body", "nonce"]);
  const checked = writeToClientSchema.safeParse(input);
  if (!checked.success) return { ...keep, error: "The message was not sent: the field marked says what to change.", fieldErrors: issuesByField(checked.error) };
  const result = await writeToClient(getDb(), viewer, input);
  if (!result.ok) return { ...keep, error: result.error };
  return answer(result.data.message);
});

/** Sends a held (warned) message anyway, after the person confirmed; the gate reviews it again and never passes a block. */
export const sendAnywayAction = formAction(async function sendAnywayAction(prev: ComposeState, form: FormData): Promise<ComposeState> {
  const keep = { outcome: prev.outcome, nextNonce: prev.nextNonce };
  const viewer = await getViewer();
  if (!viewer) return { ...keep, error: EXPIRED };
  const result = await sendAnyway(getDb(), viewer, { outboundMessageId: String(form.get("outboundMessageId") ?? "") });
  if (!result.ok) return { ...keep, error: result.error };
  return answer(result.data.message);
});
