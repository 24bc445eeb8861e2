"use server";

import { revalidatePath } from "next/cache";
import { getViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db/client";
import { decideHandoff } from "@/lib/services/handoffs/decide-handoff";
import { respondToOffer } from "@/lib/services/offers/respond-to-offer";
import { formAction } from "@/lib/http/form-action";

export type InboxActionState = { ok?: boolean; error?: string; message?: string };

const EXPIRED = "Your session expired. Sign in again, then answer once more.";
const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value : undefined;
};

/** The service's message without the field name it starts with ("reason: Say why…"); the form labels that field. */
const readable = (error: string) => error.replace(/^(reason|note): /, "");

function refresh() {
  revalidatePath("/inbox");
  revalidatePath("/clients");
}

/** Accepts or declines an offer for the signed-in person; a decline carries its reason down the chain. */
export const answerOfferAction = formAction(async function answerOfferAction(_prev: InboxActionState, form: FormData): Promise<InboxActionState> {
  const viewer = await getViewer();
  if (!viewer) return { error: EXPIRED };
  const assignmentId = text(form, "assignmentId");
  const answer = text(form, "answer");
  const input = answer === "decline" ? { assignmentId, answer, reason: text(form, "reason") ?? "" } : { assignmentId, answer };
  const result = await respondToOffer(getDb(), viewer, input);
  if (!result.ok) return { error: readable(result.error) };
  refresh();
  if (result.data.state === "accepted") return { ok: true, message: "Accepted: the client is on your list now." };
  return { ok: true, message: result.data.nextSeatId ? "Declined: the offer went to the next seat in the chain." : "Declined: nobody is left in the chain, so Jorge was told." };
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
