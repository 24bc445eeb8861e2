"use server";

import { revalidatePath } from "next/cache";
import { getViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db/client";
import { formAction, type FormState } from "@/lib/http/form-action";
import { followUpCorrectiveAction } from "@/lib/services/quality/follow-up-action";
import { recordCorrectiveAction } from "@/lib/services/quality/record-action";
import { resumeSeat } from "@/lib/services/quality/resume-seat";
import type { Result } from "@/lib/services/result";

const EXPIRED: FormState = { error: "Your session expired. Sign in again, then try once more." };
const text = (form: FormData, name: string) => { const v = form.get(name); return typeof v === "string" ? v : undefined; };

/** The form's answer from a service result, refreshing the quality pages after a success. */
function answer(result: Result<unknown>, message: string): FormState {
  if (!result.ok) return { error: result.error };
  revalidatePath("/quality", "layout");
  return { ok: true, message };
}

/** Records a coaching note, a template change or a pause about a seat. */
export const recordAction = formAction(async function recordAction(_prev: FormState, form: FormData): Promise<FormState> {
  const viewer = await getViewer();
  if (!viewer) return EXPIRED;
  const kind = text(form, "kind");
  const result = await recordCorrectiveAction(getDb(), viewer, {
    seatId: text(form, "seatId"), kind, rule: text(form, "rule"), note: text(form, "note"), templateKey: text(form, "templateKey"), followUpInDays: text(form, "followUpInDays"),
  });
  return answer(result, kind === "seat_paused" ? "Seat paused: it sends nothing until it is resumed." : "Action recorded.");
});

/** Records how a corrective action turned out. */
export const followUpAction = formAction(async function followUpAction(_prev: FormState, form: FormData): Promise<FormState> {
  const viewer = await getViewer();
  if (!viewer) return EXPIRED;
  return answer(await followUpCorrectiveAction(getDb(), viewer, { actionId: text(form, "actionId"), outcome: text(form, "outcome"), note: text(form, "note") }), "Follow-up recorded.");
});

/** Lets a paused seat send again. */
export const resumeSeatAction = formAction(async function resumeSeatAction(_prev: FormState, form: FormData): Promise<FormState> {
  const viewer = await getViewer();
  if (!viewer) return EXPIRED;
  return answer(await resumeSeat(getDb(), viewer, { seatId: text(form, "seatId") }), "Seat resumed.");
});
