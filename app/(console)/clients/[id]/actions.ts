"use server";

import { revalidatePath } from "next/cache";
import { getViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db/client";
import { addClientNote } from "@/lib/services/add-client-note";
import { routeExistingClient } from "@/lib/services/route-existing-client";

export type ActionState = { ok?: boolean; error?: string; message?: string };

/** Adds a note to a client's timeline for the signed-in person. */
export async function addNoteAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await getViewer();
  if (!viewer) return { error: "Your session expired. Sign in again, then add the note." };
  const clientId = String(form.get("clientId") ?? "");
  const result = await addClientNote(getDb(), viewer, { clientId, body: form.get("body") });
  if (!result.ok) return { error: result.error };
  revalidatePath(`/clients/${clientId}`);
  return { ok: true };
}

/** Asks the coordinator for a team for a client who has none. */
export async function findTeamAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await getViewer();
  if (!viewer) return { error: "Your session expired. Sign in again, then try once more." };
  const clientId = String(form.get("clientId") ?? "");
  const result = await routeExistingClient(getDb(), viewer, clientId);
  if (!result.ok) return { error: result.error };
  revalidatePath(`/clients/${clientId}`);
  return { ok: true, message: result.data.status === "escalated" ? "No seat qualifies right now: the client went to Jorge as an escalation." : "Team formed." };
}
