"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { acknowledgeSelected, type EscalationActionState } from "@/app/(console)/escalations/actions";

/** The form every selection checkbox in the inbox belongs to (through its `form` attribute). */
export const BULK_FORM_ID = "bulk-acknowledge";

const boxesOf = (form: HTMLFormElement) => [...form.elements].filter((el): el is HTMLInputElement => el instanceof HTMLInputElement && el.type === "checkbox");

/** Posts the escalations chosen with the inbox's checkboxes and shows what happened. */
export function BulkAcknowledgeBar() {
  const formRef = useRef<HTMLFormElement>(null);
  const [selected, setSelected] = useState(0);
  useEffect(() => {
    const count = () => setSelected(formRef.current ? boxesOf(formRef.current).filter((b) => b.checked).length : 0);
    count();
    document.addEventListener("change", count);
    return () => document.removeEventListener("change", count);
  }, []);
  const [state, run, pending] = useActionState<EscalationActionState, FormData>(async (prev, form) => {
    const next = await acknowledgeSelected(prev, form);
    if (next.ok && formRef.current) {
      for (const box of boxesOf(formRef.current)) box.checked = false;
      setSelected(0);
    }
    return next;
  }, {});
  const shown = selected > 0 || Boolean(state.error || state.message);
  return (
    <form id={BULK_FORM_ID} ref={formRef} action={run} aria-label="Acknowledge the selected escalations" data-testid="bulk-acknowledge"
      className={shown ? "sticky bottom-3 z-10 flex flex-wrap items-center gap-3 rounded-xl border border-brand-200 bg-white p-3 shadow-lg" : "hidden"}>
      <p className="text-sm font-medium text-slate-900" aria-live="polite" data-testid="bulk-selected">{selected === 1 ? "1 escalation selected" : `${selected} escalations selected`}</p>
      <button type="submit" disabled={pending || selected === 0} className="min-h-11 rounded-lg bg-brand-600 px-4 text-sm font-semibold text-white hover:bg-brand-700 disabled:opacity-60 sm:ml-auto">
        {pending ? "Acknowledging…" : "Acknowledge selected"}
      </button>
      {state.error ? <p role="alert" className="basis-full rounded-lg bg-red-50 px-3 py-2 text-sm text-red-700">{state.error}</p> : null}
      {state.message && !state.error && selected === 0 ? <p role="status" className="basis-full text-sm text-emerald-800">{state.message}</p> : null}
    </form>
  );
}

/** One action for a whole group of repeats: acknowledges every escalation of it still open. */
export function AcknowledgeGroupButton({ ids }: { ids: string[] }) {
  const [state, run, pending] = useActionState<EscalationActionState, FormData>(acknowledgeSelected, {});
  return (
    <form action={run} className="contents">
      {ids.map((id) => <input key={id} type="hidden" name="escalationId" value={id} />)}
      <button type="submit" disabled={pending} className="min-h-11 w-full rounded-lg bg-brand-600 px-4 text-sm font-semibold text-white hover:bg-brand-700 disabled:opacity-70 sm:min-h-9 sm:w-auto">
        {pending ? "Acknowledging…" : `Acknowledge all ${ids.length}`}
      </button>
      {state.error ? <p role="alert" className="basis-full rounded-lg bg-red-50 px-3 py-2 text-sm text-red-700">{state.error}</p> : null}
    </form>
  );
}

/** The checkbox that puts one open escalation in the bulk selection; a 44px target on a phone. */
export function SelectForBulk({ id, label }: { id: string; label: string }) {
  return (
    <label className="-m-2 inline-flex h-11 w-11 shrink-0 cursor-pointer items-center justify-center sm:h-8 sm:w-8" title="Select to acknowledge with others">
      <input type="checkbox" form={BULK_FORM_ID} name="escalationId" value={id} className="h-5 w-5 accent-brand-600" data-testid="escalation-select" />
      <span className="sr-only">Select “{label}” to acknowledge with others</span>
    </label>
  );
}
