"use server";

import { revalidatePath } from "next/cache";
import { getViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db/client";
import { formAction } from "@/lib/http/form-action";
import { routeExistingClient, type FoundTeam } from "@/lib/services/route-existing-client";

export type FindTeamState = { ok?: boolean; error?: string; message?: string };

/** What "Find a team" did, in one sentence. */
function outcome(found: FoundTeam): string {
  if (found.status === "escalated" || !found.lead) {
    return `No seat can lead this client right now${found.escalation ? ` (${found.escalation})` : ""}. Jorge has it as an escalation.`;
  }
  const lead = found.lead.state === "accepted" ? `${found.lead.seatName} leads` : `${found.lead.seatName} is offered the lead`;
  return `Team formed: ${lead}${found.supports > 0 ? `, with ${found.supports} supporting` : ""}.`;
}

/** Asks the coordinator for a team for a client who has no lead; says in words what happened, or why nothing could be done. */
export const findTeamAction = formAction(async function findTeamAction(_prev: FindTeamState, form: FormData): Promise<FindTeamState> {
  const viewer = await getViewer();
  if (!viewer) return { error: "Your session expired. Sign in again, then try once more." };
  const clientId = String(form.get("clientId") ?? "");
  const result = await routeExistingClient(getDb(), viewer, clientId);
  if (!result.ok) return { error: result.error };
  revalidatePath(`/clients/${clientId}`);
  revalidatePath("/inbox");
  return { ok: true, message: outcome(result.data) };
});
