"use server";

import { revalidatePath } from "next/cache";
import { getViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db/client";
import { formAction } from "@/lib/http/form-action";
import { markNoticesRead } from "@/lib/services/team/mark-notices-read";
import type { FormActionState } from "@/components/action-form";

/** Marks one of the signed-in seat's notices read, or all of them when the form says all=1. */
export const markNoticeReadAction = formAction(async function markNoticeReadAction(_prev: FormActionState, form: FormData): Promise<FormActionState> {
  const viewer = await getViewer();
  if (!viewer) return { error: "Your session expired. Sign in again, then try once more." };
  const input = form.get("all") === "1" ? { all: true } : { noticeId: form.get("noticeId") };
  const result = await markNoticesRead(getDb(), viewer, input);
  if (!result.ok) return { error: result.error.replace(/^noticeId: /, "") };
  revalidatePath("/inbox");
  const { marked } = result.data;
  return { ok: true, message: marked === 0 ? "Nothing left to mark read." : marked === 1 ? "Marked read." : `${marked} notices marked read.` };
});
