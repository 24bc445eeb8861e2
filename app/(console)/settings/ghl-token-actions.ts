"use server";

import { revalidatePath } from "next/cache";
import { getViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db/client";
import { formAction } from "@/lib/http/form-action";
import type { Result } from "@/lib/services/result";
import { removeGhlToken, saveGhlToken } from "@/lib/services/settings/ghl-tokens";
import type { SettingsState } from "./actions";

const field = (form: FormData, key: string) => (typeof form.get(key) === "string" ? String(form.get(key)) : "");

async function run<T>(call: (viewer: NonNullable<Awaited<ReturnType<typeof getViewer>>>) => Promise<Result<T>>): Promise<SettingsState> {
  const viewer = await getViewer();
  if (!viewer) return { error: "Your session expired. Sign in again, then save." };
  const result = await call(viewer);
  if (!result.ok) return { error: result.error };
  revalidatePath("/settings");
  return { ok: true };
}

/** Stores or replaces a connected location's Private Integration token (encrypted; shown as its last four afterwards). */
export const saveGhlTokenAction = formAction(async function saveGhlTokenAction(_prev: SettingsState, form: FormData): Promise<SettingsState> {
  return run((viewer) => saveGhlToken(getDb(), viewer, { locationId: field(form, "locationId"), token: field(form, "token") }));
});

/** Removes a location's stored token. */
export const removeGhlTokenAction = formAction(async function removeGhlTokenAction(_prev: SettingsState, form: FormData): Promise<SettingsState> {
  return run((viewer) => removeGhlToken(getDb(), viewer, { locationId: field(form, "locationId") }));
});
