"use server";

import { revalidatePath } from "next/cache";
import { getViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db/client";
import { explainSkip } from "@/lib/domain/assignment/fallback-words";
import { decideHandoff } from "@/lib/services/handoffs/decide-handoff";
import { declineChoices, type TeammateChoice } from "@/lib/services/offers/decline-choices";
import { respondToOffer, type OfferAnswer } from "@/lib/services/offers/respond-to-offer";
import { formAction } from "@/lib/http/form-action";

export type InboxActionState = { ok?: boolean; error?: string; message?: string };
export type TeammatesState = { teammates?: TeammateChoice[]; error?: string };

const EXPIRED = "Your session expired. Sign in again, then answer once more.";
const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value : undefined;
};

/** The service's message without the field name it starts with ("reason: Say why…"); the form labels that field. */
const readable = (error: string) => error.replace(/^(reason|note|nextSeatId): /, "");

function refresh() {
  revalidatePath("/inbox");
  revalidatePath("/clients");
}

/** What a decline did, in words: the teammate named got it, or why not and where it went instead. */
function declined(answer: OfferAnswer): string {
  const next = answer.nextSeatName ?? "the next seat in the chain";
  const named = answer.named;
  if (named?.taken) return `Declined: ${named.name ?? "the teammate you named"} was offered the client, as you asked.`;
  const why = named && !named.taken ? `${explainSkip(named.name ?? "The teammate you named", named.reason ?? "cannot take it now")}, so ` : "";
  if (!answer.nextSeatId) return `Declined: ${why}nobody is left in the chain, so Jorge was told.`;
  return `Declined: ${why}the offer went to ${next}.`;
}

/** Accepts or declines an offer for the signed-in person; a decline carries its reason down the chain, to the teammate it names first. */
export const answerOfferAction = formAction(async function answerOfferAction(_prev: InboxActionState, form: FormData): Promise<InboxActionState> {
  const viewer = await getViewer();
  if (!viewer) return { error: EXPIRED };
  const assignmentId = text(form, "assignmentId");
  const answer = text(form, "answer");
  const input = answer === "decline" ? { assignmentId, answer, reason: text(form, "reason") ?? "", nextSeatId: text(form, "nextSeatId") || undefined } : { assignmentId, answer };
  const result = await respondToOffer(getDb(), viewer, input);
  if (!result.ok) return { error: readable(result.error) };
  refresh();
  if (result.data.state === "accepted") return { ok: true, message: "Accepted: the client is on your list now." };
  return { ok: true, message: declined(result.data) };
});

/** The teammates who could take an offer now, for the decline form's "offer it to" list. */
export const declineChoicesAction = formAction(async function declineChoicesAction(_prev: TeammatesState, form: FormData): Promise<TeammatesState> {
  const viewer = await getViewer();
  if (!viewer) return { error: EXPIRED };
  const result = await declineChoices(getDb(), viewer, { assignmentId: text(form, "assignmentId") });
  return result.ok ? { teammates: result.data.teammates } : { error: readable(result.error) };
});

const DECIDED: Record<"completed" | "rejected" | "cancelled", string> = {
  completed: "Handoff accepted: the client is with the new seat now.",
  rejected: "Handoff rejected: the sender sees your reason.",
  cancelled: "Handoff cancelled.",
};

/** Accepts, rejects (with a reason) or cancels a proposed handoff for the signed-in person. */
export const decideHandoffAction = formAction(async function decideHandoffAction(_prev: InboxActionState, form: FormData): Promise<InboxActionState> {
  const viewer = await getViewer();
  if (!viewer) return { error: EXPIRED };
  const decision = text(form, "decision");
  const note = text(form, "note")?.trim();
  const input = { handoffId: text(form, "handoffId"), decision, note: decision === "reject" ? (note ?? "") : note || undefined };
  const result = await decideHandoff(getDb(), viewer, input);
  if (!result.ok) return { error: readable(result.error) };
  refresh();
  return { ok: true, message: DECIDED[result.data.state] };
});
