"use server";

import { revalidatePath } from "next/cache";
import { getViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db/client";
import { applyRebalance } from "@/lib/services/rebalance";
import { formAction } from "@/lib/http/form-action";

export type ApplyState = { ok?: boolean; error?: string; moved?: number; scoreGained?: number };

/** Applies the plan the overseer previewed, identified by its fingerprint. */
export const applyRebalanceAction = formAction(async function applyRebalanceAction(_prev: ApplyState, form: FormData): Promise<ApplyState> {
  const viewer = await getViewer();
  if (!viewer) return { error: "Your session expired. Sign in again, then apply." };
  const result = await applyRebalance(getDb(), viewer, String(form.get("planId") ?? ""));
  if (!result.ok) return { error: result.error };
  revalidatePath("/rebalance");
  revalidatePath("/");
  return { ok: true, ...result.data };
});
