"use client";

import { useActionState } from "react";
import type { FormActionState } from "@/components/action-form";
import { createPageFlash } from "@/components/page-flash";

/** The outcome of a task action in a corner of the page: the task itself moves or leaves the list. */
const tasks = createPageFlash("task-flash");
export const flashTask = tasks.flash;
export const TaskFlash = tasks.Flash;

type TaskAction = (prev: FormActionState, form: FormData) => Promise<FormActionState>;

/** Runs a task action; its success message goes to the page's flash (then onSuccess runs), its refusal stays with the task. */
export function useTaskAction(action: TaskAction, onSuccess?: () => void) {
  return useActionState<FormActionState, FormData>(async (prev, form) => {
    const result = await action(prev, form);
    if (result.ok && result.message) flashTask(result.message);
    if (result.ok) onSuccess?.();
    return result;
  }, {});
}
