"use client";

import { createContext, startTransition, useActionState, useContext, useEffect, useId, useRef, type FormEvent, type ReactNode } from "react";
import type { FormState } from "@/lib/http/form-action";

/** What an action behind an ActionForm answers: see FormState. */
export type FormActionState = FormState;

const AnswerContext = createContext<{ state: FormActionState; idPrefix: string }>({ state: {}, idPrefix: "form" });

/** The last answer of the surrounding ActionForm and the prefix of its fields' ids (see FieldError). */
export function useFormAnswer() {
  return useContext(AnswerContext);
}

/**
 * A form bound to a server action that answers {ok, message} or {error, fieldErrors, values}:
 * it shows the answer beside the submit button (errors as an alert), each field's error under
 * that field (FieldError), disables the button while pending and clears the fields after a
 * success only. After a refusal everything typed stays, and the first field in error gets the
 * focus. The fields come as children, so server pages can compose them.
 */
export function ActionForm({ action, submitLabel, pendingLabel = "Saving…", hidden = {}, children, className = "space-y-2", tone = "primary", testId, wide = false, noValidate = false }: {
  action: (state: FormActionState, form: FormData) => Promise<FormActionState>;
  submitLabel: string;
  pendingLabel?: string;
  hidden?: Record<string, string>;
  children?: ReactNode;
  className?: string;
  tone?: "primary" | "secondary";
  testId?: string;
  /** A full-width submit button on a phone, for a long form's one action. */
  wide?: boolean;
  /** Leave checking to the action, whose errors say more than the browser's (email fields, say). */
  noValidate?: boolean;
}) {
  const [state, run, pending] = useActionState<FormActionState, FormData>(action, {});
  const form = useRef<HTMLFormElement>(null);
  const idPrefix = useId();
  useEffect(() => {
    if (state.ok) form.current?.reset();
    else if (state.fieldErrors && Object.keys(state.fieldErrors).length > 0) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [state]);
  // Submitting through React's form action would reset the form before the action runs, losing
  // what was typed when it is refused; sending the form data in a transition keeps it.
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
    startTransition(() => run(data));
  }
  const button = tone === "primary" ? "bg-brand-600 text-white hover:bg-brand-700" : "border border-slate-300 bg-white text-slate-800 hover:bg-slate-50";
  return (
    <AnswerContext.Provider value={{ state, idPrefix }}>
      <form ref={form} action={run} onSubmit={submit} className={className} data-testid={testId} noValidate={noValidate}>
        {Object.entries(hidden).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />)}
        {children}
        <div className="flex flex-wrap items-center justify-between gap-2">
          <p role={state.error ? "alert" : "status"} className={`min-w-0 flex-1 text-sm ${state.error ? "text-red-700" : "text-emerald-700"}`}>
            {state.error ?? (state.ok ? state.message ?? "Done." : "")}
          </p>
          <button type="submit" disabled={pending} className={`min-h-11 shrink-0 rounded-lg px-4 py-2 text-sm font-semibold disabled:opacity-70 sm:min-h-0 ${wide ? "w-full sm:w-auto" : ""} ${button}`}>
            {pending ? pendingLabel : submitLabel}
          </button>
        </div>
      </form>
    </AnswerContext.Provider>
  );
}

/** The class every text field and select of the console's forms shares; a field in error gets a red border. */
export const FIELD = "block min-h-11 w-full rounded-lg border border-slate-300 px-3 py-2 text-base sm:min-h-0 sm:text-sm aria-invalid:border-red-600 aria-invalid:ring-1 aria-invalid:ring-red-600";
