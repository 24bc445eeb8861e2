"use client";

import { useActionState, useId, useState } from "react";
import { resetTemplateAction, saveTemplateAction, type TemplateState } from "@/app/(console)/settings/template-actions";
import { buttonClass, inputClass } from "./form-status";

/** One template as the editor gets it (see listMessageTemplates). */
export interface TemplateRow {
  key: string;
  language: "en" | "es";
  body: string;
  defaultBody: string;
  stored: boolean;
  variables: readonly string[];
}

const LANGUAGE = { en: "English", es: "Spanish" } as const;

/** The answer of a template or sender form: refused, saved, or saved with the gate's warning. */
export function TemplateStatus({ state }: { state: TemplateState }) {
  if (state.error) return <p role="alert" className="rounded-lg bg-red-50 px-3 py-2 text-sm text-red-700">{state.error}</p>;
  if (state.warning) return <p role="status" className="rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900">{state.message} {state.warning}</p>;
  if (state.ok) return <p role="status" className="text-sm text-emerald-700">{state.message ?? "Saved."}</p>;
  return null;
}

/** One key in one language: its wording, the placeholders it may use, save and reset to the default. */
function TemplateEditor({ row }: { row: TemplateRow }) {
  const [text, setText] = useState(row.body);
  const [stored, setStored] = useState(row.stored);
  const id = useId();
  const [state, run, pending] = useActionState<TemplateState, FormData>(async (prev, form) => {
    const reset = form.get("intent") === "reset";
    const next = reset ? await resetTemplateAction(prev, form) : await saveTemplateAction(prev, form);
    if (next.ok) {
      setStored(!reset);
      if (reset) setText(row.defaultBody);
    }
    return next;
  }, {});
  const label = `${row.key} (${LANGUAGE[row.language]})`;
  return (
    <form action={run} className="space-y-1.5" data-testid="template-editor" data-key={row.key} data-language={row.language}>
      <input type="hidden" name="key" value={row.key} />
      <input type="hidden" name="language" value={row.language} />
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <label htmlFor={`${id}-body`} className="text-sm font-medium text-slate-900">{LANGUAGE[row.language]}<span className="sr-only">: {row.key}</span></label>
        <span className={`rounded px-1.5 py-0.5 text-xs ${stored ? "bg-brand-50 text-brand-800" : "bg-slate-100 text-slate-700"}`} data-testid="template-origin">{stored ? "Edited" : "Default"}</span>
      </div>
      <textarea id={`${id}-body`} name="body" rows={4} value={text} onChange={(e) => setText(e.target.value)} aria-describedby={`${id}-hint`} aria-invalid={state.error ? true : undefined} className={`${inputClass} aria-invalid:border-red-600`} />
      <p id={`${id}-hint`} className="text-xs text-slate-600">
        {row.variables.length ? <>Placeholders: {row.variables.map((v) => <code key={v} className="mr-1 rounded bg-slate-100 px-1">{`{{${v}}}`}</code>)}</> : "No placeholders."} {text.length} characters.
      </p>
      <TemplateStatus state={state} />
      <div className="flex flex-wrap gap-2">
        <button type="submit" name="intent" value="save" disabled={pending} aria-label={`Save ${label}`} className={buttonClass}>{pending ? "Saving…" : "Save"}</button>
        {stored ? <button type="submit" name="intent" value="reset" disabled={pending} aria-label={`Reset ${label} to the default`} className="min-h-11 rounded-lg border border-slate-300 bg-white px-4 py-2 text-sm font-semibold text-slate-800 hover:bg-slate-50 sm:min-h-0">Reset to default</button> : null}
      </div>
    </form>
  );
}

/**
 * The AI seat's message templates, each key in English and Spanish: the stored wording or the
 * default, saved only when its placeholders are right and the quality gate does not block it.
 */
export function MessageTemplatesForm({ templates }: { templates: readonly TemplateRow[] }) {
  const keys = [...new Set(templates.map((t) => t.key))];
  return (
    <div className="space-y-2">
      <p className="text-sm text-slate-700">The words the AI seat sends. A placeholder such as {"{{firstName}}"} is filled for each client; a template the quality gate blocks is refused, one it warns about is saved with the warning.</p>
      <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200">
        {keys.map((key) => {
          const rows = templates.filter((t) => t.key === key);
          return (
            <li key={key}>
              <details data-testid="template-key" data-key={key}>
                <summary className="flex min-h-11 cursor-pointer flex-wrap items-center gap-2 px-3 py-2 text-sm sm:min-h-0">
                  <code className="break-all font-mono text-slate-900">{key}</code>
                  {rows.some((r) => r.stored) ? <span className="rounded bg-brand-50 px-1.5 py-0.5 text-xs text-brand-800">Edited</span> : null}
                </summary>
                <div className="grid gap-4 px-3 pb-3 md:grid-cols-2">{rows.map((r) => <TemplateEditor key={r.language} row={r} />)}</div>
              </details>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
