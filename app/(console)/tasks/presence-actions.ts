"use server";

import { revalidatePath } from "next/cache";
import { getViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db/client";
import { formAction } from "@/lib/http/form-action";
import { setPresence } from "@/lib/services/team/set-presence";
import type { FormActionState } from "@/components/action-form";

const SAID: Record<string, string> = { available: "You are available: routing may offer you clients.", away: "You are away: routing passes you by until you are back.", vacation: "You are on vacation: routing passes you by until you are back." };

/** Sets the signed-in person's own seat's presence: available, away or vacation. */
export const setPresenceAction = formAction(async function setPresenceAction(_prev: FormActionState, form: FormData): Promise<FormActionState> {
  const viewer = await getViewer();
  if (!viewer) return { error: "Your session expired. Sign in again, then try once more." };
  const result = await setPresence(getDb(), viewer, { presence: form.get("presence") });
  if (!result.ok) return { error: result.error.replace(/^presence: /, "") };
  revalidatePath("/tasks");
  revalidatePath("/account");
  revalidatePath("/team");
  return { ok: true, message: SAID[result.data.presence] };
});
