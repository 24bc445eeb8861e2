"use server";

import { revalidatePath } from "next/cache";
import { getViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db/client";
import { formAction } from "@/lib/http/form-action";
import { completeTask } from "@/lib/services/tasks/complete-task";
import { reassignTask } from "@/lib/services/tasks/reassign-task";
import { snoozeTask } from "@/lib/services/tasks/snooze-task";
import type { FormActionState } from "@/components/action-form";

const EXPIRED = "Your session expired. Sign in again, then try once more.";
const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value : undefined;
};

/** The service's message without the field name it starts with ("day: …"); the form labels that field. */
const readable = (error: string) => error.replace(/^(day|seatId|until|taskId): /, "");

function refresh(clientId: string) {
  revalidatePath("/tasks");
  revalidatePath(`/clients/${clientId}`);
}

const WHEN = new Intl.DateTimeFormat("en-US", { weekday: "short", month: "short", day: "numeric", hour: "numeric", minute: "2-digit", timeZone: "America/Los_Angeles", timeZoneName: "short" });

/** Marks a task done for the signed-in person. */
export const completeTaskAction = formAction(async function completeTaskAction(_prev: FormActionState, form: FormData): Promise<FormActionState> {
  const viewer = await getViewer();
  if (!viewer) return { error: EXPIRED };
  const result = await completeTask(getDb(), viewer, { taskId: text(form, "taskId") });
  if (!result.ok) return { error: readable(result.error) };
  refresh(result.data.clientId);
  return { ok: true, message: `Done: ${result.data.title}` };
});

/** Puts a task off for an hour, to tomorrow or next week at 9am, or to 9am on a chosen day (the client's time). */
export const snoozeTaskAction = formAction(async function snoozeTaskAction(_prev: FormActionState, form: FormData): Promise<FormActionState> {
  const viewer = await getViewer();
  if (!viewer) return { error: EXPIRED };
  const until = text(form, "until");
  const day = text(form, "day");
  const result = await snoozeTask(getDb(), viewer, { taskId: text(form, "taskId"), until, ...(until === "date" ? { day: day || undefined } : {}) });
  if (!result.ok) return { error: readable(result.error) };
  refresh(result.data.clientId);
  return { ok: true, message: `Snoozed until ${WHEN.format(result.data.dueAt)}.` };
});

/** Gives a task to another seat of the team, which is told in its inbox. */
export const reassignTaskAction = formAction(async function reassignTaskAction(_prev: FormActionState, form: FormData): Promise<FormActionState> {
  const viewer = await getViewer();
  if (!viewer) return { error: EXPIRED };
  const result = await reassignTask(getDb(), viewer, { taskId: text(form, "taskId"), seatId: text(form, "seatId") });
  if (!result.ok) return { error: readable(result.error) };
  refresh(result.data.clientId);
  revalidatePath("/inbox");
  return { ok: true, message: `Reassigned to ${result.data.seatName}.` };
});
