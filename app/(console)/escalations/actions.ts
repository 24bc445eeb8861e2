"use server";

import { revalidatePath } from "next/cache";
import { getViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db/client";
import { acknowledgeEscalations } from "@/lib/services/escalations/acknowledge-many";
import { actOnEscalation } from "@/lib/services/escalations/act-on-escalation";
import { formAction } from "@/lib/http/form-action";

export type EscalationActionState = { ok?: boolean; error?: string; message?: string };

/** A form field as text, or undefined when it is missing or blank. */
function field(form: FormData, name: string): string | undefined {
  const value = form.get(name);
  return typeof value === "string" && value.trim() !== "" ? value : undefined;
}

/** Runs one escalation step for the signed-in person and refreshes the inbox on success. */
async function act(input: Record<string, unknown>, message: string): Promise<EscalationActionState> {
  const viewer = await getViewer();
  if (!viewer) return { error: "Your session expired. Sign in again, then try once more." };
  const result = await actOnEscalation(getDb(), viewer, input);
  if (!result.ok) return { error: result.error };
  revalidatePath("/escalations");
  return { ok: true, message };
}

/** Acknowledges an open escalation: Jorge has seen it and it is in hand. */
export const acknowledgeEscalation = formAction(async function acknowledgeEscalation(_prev: EscalationActionState, form: FormData): Promise<EscalationActionState> {
  return act({ escalationId: field(form, "escalationId"), action: "acknowledge", note: field(form, "note") }, "Acknowledged.");
});

/** Resolves an escalation with the resolution Jorge wrote; the service refuses an empty one. */
export const resolveEscalation = formAction(async function resolveEscalation(_prev: EscalationActionState, form: FormData): Promise<EscalationActionState> {
  return act({ escalationId: field(form, "escalationId"), action: "resolve", resolution: form.get("resolution") ?? "" }, "Resolved.");
});

/** Hands an escalation to another person on the team, with an optional note. */
export const reassignEscalation = formAction(async function reassignEscalation(_prev: EscalationActionState, form: FormData): Promise<EscalationActionState> {
  return act({ escalationId: field(form, "escalationId"), action: "reassign", ownerUserId: field(form, "ownerUserId"), note: field(form, "note") }, "Reassigned.");
});

/** Adds a note to an escalation in any status. */
export const noteEscalation = formAction(async function noteEscalation(_prev: EscalationActionState, form: FormData): Promise<EscalationActionState> {
  return act({ escalationId: field(form, "escalationId"), action: "note", note: form.get("note") ?? "" }, "Note added.");
});

/** Acknowledges every escalation chosen in the inbox, a selection or a whole group of repeats, with one action. */
export const acknowledgeSelected = formAction(async function acknowledgeSelected(_prev: EscalationActionState, form: FormData): Promise<EscalationActionState> {
  const viewer = await getViewer();
  if (!viewer) return { error: "Your session expired. Sign in again, then try once more." };
  const escalationIds = form.getAll("escalationId").filter((v): v is string => typeof v === "string" && v !== "");
  const result = await acknowledgeEscalations(getDb(), viewer, { escalationIds, note: field(form, "note") });
  if (!result.ok) return { error: result.error };
  revalidatePath("/escalations");
  const { acknowledged, alreadyHandled } = result.data;
  const done = acknowledged === 1 ? "Acknowledged 1 escalation" : `Acknowledged ${acknowledged} escalations`;
  return { ok: true, message: alreadyHandled ? `${done}; ${alreadyHandled} had been acknowledged already.` : `${done}.` };
});
