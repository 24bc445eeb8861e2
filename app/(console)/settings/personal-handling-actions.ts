"use server";

import { revalidatePath } from "next/cache";
import { getViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db/client";
import { formAction } from "@/lib/http/form-action";
import { updatePersonalHandling } from "@/lib/services/update-settings";
import type { SettingsState } from "./actions";

/** "commissionThreshold: must be…" reads "Commission line: must be…"; "tags.2: …" reads "Tags: …". */
const readable = (error: string) => error.replace(/^commissionThreshold: /, "Commission line: ").replace(/(^|; )tags(\.\d+)?: /g, "$1Tags: ");

/** "$72,000", "72000" and " 72,000 " all read as 72000; anything else stays unreadable for the service to refuse. */
const dollars = (value: FormDataEntryValue | null) => {
  const text = typeof value === "string" ? value.replace(/[$,\s]/g, "") : "";
  return text === "" ? NaN : Number(text);
};

/** Saves which clients Jorge leads himself: the commission line and the tags for him. */
export const savePersonalHandling = formAction(async function savePersonalHandling(_prev: SettingsState, form: FormData): Promise<SettingsState> {
  const viewer = await getViewer();
  if (!viewer) return { error: "Your session expired. Sign in again, then save." };
  const result = await updatePersonalHandling(getDb(), viewer, { commissionThreshold: dollars(form.get("commissionThreshold")), tags: String(form.get("tags") ?? "") });
  if (!result.ok) return { error: readable(result.error) };
  revalidatePath("/settings");
  return { ok: true };
});
