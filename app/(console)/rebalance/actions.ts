"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db/client";
import { applyRebalance } from "@/lib/services/rebalance/apply-rebalance";
import { formAction } from "@/lib/http/form-action";

export type ApplyState = { ok?: boolean; error?: string; moved?: number; scoreGained?: number; seatsTold?: number };

const applyForm = z.object({
  planId: z.string().regex(/^[0-9a-f]{16}$/, "This preview has no valid fingerprint. Reload the page and apply again."),
  moves: z.array(z.uuid("A selected move names no client. Reload the page and choose again.")).max(10_000),
});

/** Applies the moves the overseer kept from the plan he previewed, identified by its fingerprint. */
export const applyRebalanceAction = formAction(async function applyRebalanceAction(_prev: ApplyState, form: FormData): Promise<ApplyState> {
  const viewer = await getViewer();
  if (!viewer) return { error: "Your session expired. Sign in again, then apply." };
  const parsed = applyForm.safeParse({ planId: form.get("planId") ?? "", moves: form.getAll("move") });
  if (!parsed.success) return { error: parsed.error.issues[0]!.message };
  const result = await applyRebalance(getDb(), viewer, parsed.data.planId, parsed.data.moves);
  if (!result.ok) return { error: result.error };
  revalidatePath("/rebalance");
  revalidatePath("/");
  return { ok: true, ...result.data };
});
