"use server";

import { revalidatePath } from "next/cache";
import { getViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db/client";
import { businessLocalTime } from "@/lib/domain/followup/business-time";
import { addClientNote } from "@/lib/services/add-client-note";
import { claimClient } from "@/lib/services/conflicts/claim-client";
import { proposeHandoff } from "@/lib/services/handoffs/propose-handoff";
import { offerClientToSeat } from "@/lib/services/offers/offer-to-seat";
import { assignTeamTask } from "@/lib/services/team-response/assign-task";
import { postToThread } from "@/lib/services/team-response/post-to-thread";
import { formAction } from "@/lib/http/form-action";

export type ActionState = { ok?: boolean; error?: string; message?: string };

/** Adds a note to a client's timeline for the signed-in person. */
export const addNoteAction = formAction(async function addNoteAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await getViewer();
  if (!viewer) return { error: "Your session expired. Sign in again, then add the note." };
  const clientId = String(form.get("clientId") ?? "");
  const result = await addClientNote(getDb(), viewer, { clientId, body: form.get("body") });
  if (!result.ok) return { error: result.error };
  revalidatePath(`/clients/${clientId}`);
  return { ok: true };
});

/** Runs a client-page service for the signed-in person and refreshes the page on success. */
async function onClient(form: FormData, run: (viewer: NonNullable<Awaited<ReturnType<typeof getViewer>>>, clientId: string) => Promise<{ ok: true } | { ok: false; error: string }>, message: string): Promise<ActionState> {
  const viewer = await getViewer();
  if (!viewer) return { error: "Your session expired. Sign in again, then try once more." };
  const clientId = String(form.get("clientId") ?? "");
  const result = await run(viewer, clientId);
  if (!result.ok) return { error: result.error };
  revalidatePath(`/clients/${clientId}`);
  revalidatePath("/inbox");
  return { ok: true, message };
}

/** Proposes a handoff (transfer or added support) with the client's dossier. */
export const proposeHandoffAction = formAction(async function proposeHandoffAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return onClient(form, (viewer, clientId) => proposeHandoff(getDb(), viewer, { clientId, toSeatId: form.get("toSeatId"), kind: form.get("kind"), reason: form.get("reason") }), "Handoff sent: it moves once the receiving seat accepts.");
});

/** Posts a note or the reply plan on the client's team thread. */
export const postToThreadAction = formAction(async function postToThreadAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return onClient(form, (viewer, clientId) => postToThread(getDb(), viewer, { clientId, kind: form.get("kind"), body: form.get("body") }), "Posted.");
});

/** Gives a seat of the client's team a task with a due date, entered in the business's local time (Pacific). */
export const assignTaskAction = formAction(async function assignTaskAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const dueAt = businessLocalTime(String(form.get("dueAt") ?? ""));
  return onClient(form, (viewer, clientId) => assignTeamTask(getDb(), viewer, { clientId, seatId: form.get("seatId"), title: form.get("title"), dueAt }), "Task added.");
});

/** Jorge offers the client's lead place to a seat he chooses. */
export const offerToSeatAction = formAction(async function offerToSeatAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return onClient(form, (viewer, clientId) => offerClientToSeat(getDb(), viewer, { clientId, seatId: form.get("seatId") }), "Offered: the seat has until the timeout to answer.");
});

/** A seat claims the client as its own; the conflict rules decide, or Jorge does. */
export const claimClientAction = formAction(async function claimClientAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return onClient(form, (viewer, clientId) => claimClient(getDb(), viewer, { clientId }), "Claim recorded.");
});
