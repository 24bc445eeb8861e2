"use client";

import { useActionState, useEffect, useSyncExternalStore } from "react";
import type { FormActionState } from "@/components/action-form";

let current: string | null = null;
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Shows the outcome of a task action in a corner of the page: the task itself moves or leaves the list. */
export function flashTask(message: string | null): void {
  current = message;
  listeners.forEach((listener) => listener());
}

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

/** The page's message line for task actions; forgets the message when the page is left. */
export function TaskFlash() {
  const message = useSyncExternalStore(subscribe, () => current, () => null);
  useEffect(() => () => {
    current = null;
  }, []);
  return (
    <div role="status" aria-live="polite" className={message ? "fixed inset-x-4 bottom-4 z-30 sm:left-auto sm:right-6 sm:w-96" : "sr-only"}>
      {message ? (
        <p className="flex items-start justify-between gap-3 rounded-lg border border-emerald-200 bg-emerald-50 px-4 py-3 text-sm text-emerald-800 shadow-lg">
          <span className="min-w-0" data-testid="task-flash">{message}</span>
          <button type="button" onClick={() => flashTask(null)} aria-label="Dismiss" className="-my-2 -mr-2 flex h-11 w-11 shrink-0 items-center justify-center rounded text-lg leading-none hover:bg-emerald-100">×</button>
        </p>
      ) : null}
    </div>
  );
}
