"use client";

import { useActionState, useId } from "react";
import type { InboxActionState } from "@/app/(console)/inbox/actions";
import { flashInbox } from "./inbox-flash";

type InboxAction = (prev: InboxActionState, form: FormData) => Promise<InboxActionState>;

/**
 * Runs an Inbox answer and keeps its success message on the page (the answered card leaves the
 * list when the page refreshes, and would take the message with it).
 */
export function useInboxAction(action: InboxAction) {
  return useActionState<InboxActionState, FormData>(async (prev, form) => {
    const result = await action(prev, form);
    if (result.ok && result.message) flashInbox(result.message);
    return result;
  }, {});
}

/** The labelled "Reason" field of an answer, with an optional hint under it. */
export function ReasonField({ name, maxLength, hint, required, placeholder }: { name: string; maxLength: number; hint?: string; required?: boolean; placeholder?: string }) {
  const id = useId();
  const hintId = useId();
  return (
    <div>
      <label htmlFor={id} className="text-xs font-medium text-slate-700">Reason</label>
      <textarea id={id} name={name} rows={2} maxLength={maxLength} required={required} autoFocus={required} placeholder={placeholder} aria-describedby={hint ? hintId : undefined}
        className="mt-1 block w-full rounded-lg border border-slate-300 px-3 py-2 text-sm" />
      {hint ? <p id={hintId} className="mt-0.5 text-xs text-slate-500">{hint}</p> : null}
    </div>
  );
}

/** The service's refusal, shown inside the card it concerns. */
export function AnswerError({ error }: { error?: string }) {
  return error ? <p role="alert" className="rounded-lg bg-red-50 px-3 py-2 text-sm text-red-700">{error}</p> : null;
}
