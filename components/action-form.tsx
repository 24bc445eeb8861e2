"use client";

import { useActionState, useEffect, useRef, type ReactNode } from "react";

export type FormActionState = { ok?: boolean; error?: string; message?: string };

/**
 * A form bound to a server action that answers {ok, message} or {error}: it shows the answer
 * beside the submit button (errors as an alert), disables the button while pending and clears
 * the fields after a success. The fields come as children, so server pages can compose them.
 */
export function ActionForm({ action, submitLabel, pendingLabel = "Saving…", hidden = {}, children, className = "space-y-2", tone = "primary", testId }: {
  action: (state: FormActionState, form: FormData) => Promise<FormActionState>;
  submitLabel: string;
  pendingLabel?: string;
  hidden?: Record<string, string>;
  children?: ReactNode;
  className?: string;
  tone?: "primary" | "secondary";
  testId?: string;
}) {
  const [state, run, pending] = useActionState<FormActionState, FormData>(action, {});
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state.ok) form.current?.reset();
  }, [state]);
  const button = tone === "primary" ? "bg-brand-600 text-white hover:bg-brand-700" : "border border-slate-300 bg-white text-slate-800 hover:bg-slate-50";
  return (
    <form ref={form} action={run} className={className} data-testid={testId}>
      {Object.entries(hidden).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />)}
      {children}
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p role={state.error ? "alert" : "status"} className={`min-w-0 flex-1 text-sm ${state.error ? "text-red-700" : "text-emerald-700"}`}>
          {state.error ?? (state.ok ? state.message ?? "Done." : "")}
        </p>
        <button type="submit" disabled={pending} className={`shrink-0 rounded-lg px-4 py-2 text-sm font-semibold disabled:opacity-70 ${button}`}>
          {pending ? pendingLabel : submitLabel}
        </button>
      </div>
    </form>
  );
}

/** The class every text field and select of the console's forms shares. */
export const FIELD = "block w-full rounded-lg border border-slate-300 px-3 py-2 text-sm";
