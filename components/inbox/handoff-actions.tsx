"use client";

import { useActionState, useId } from "react";
import { decideHandoffAction, type InboxActionState } from "@/app/(console)/inbox/actions";
import { flashInbox } from "./inbox-flash";

const BUTTON = "rounded-lg px-4 py-2 text-sm font-semibold disabled:opacity-70";

/** Sends the decision and keeps the outcome on the page once the handoff leaves the list. */
async function decide(prev: InboxActionState, form: FormData): Promise<InboxActionState> {
  const result = await decideHandoffAction(prev, form);
  if (result.ok && result.message) flashInbox(result.message);
  return result;
}

/**
 * The receiver accepts (with an optional note) or rejects (the reason is required); whoever
 * proposed it cancels. Jorge may do all three. A refusal of the service shows as an alert.
 */
export function HandoffActions({ handoffId, clientName, canDecide, canCancel }: { handoffId: string; clientName: string; canDecide: boolean; canCancel: boolean }) {
  const [state, run, pending] = useActionState<InboxActionState, FormData>(decide, {});
  const reasonId = useId();
  const hintId = useId();
  if (!canDecide && !canCancel) return null;
  return (
    <form action={run} noValidate className="space-y-2" aria-label={`Answer the handoff of ${clientName}`}>
      <input type="hidden" name="handoffId" value={handoffId} />
      {canDecide ? (
        <div>
          <label htmlFor={reasonId} className="text-xs font-medium text-slate-700">Reason</label>
          <textarea id={reasonId} name="note" rows={2} maxLength={1000} aria-describedby={hintId}
            className="mt-1 block w-full rounded-lg border border-slate-300 px-3 py-2 text-sm" />
          <p id={hintId} className="mt-0.5 text-xs text-slate-500">Required to reject; a note for the sender when you accept.</p>
        </div>
      ) : null}
      {state.error ? <p role="alert" className="rounded-lg bg-red-50 px-3 py-2 text-sm text-red-700">{state.error}</p> : null}
      <div className="flex flex-wrap items-center gap-2">
        {canDecide ? (
          <>
            <button type="submit" name="decision" value="accept" disabled={pending} className={`${BUTTON} bg-brand-600 text-white hover:bg-brand-700`}>Accept handoff</button>
            <button type="submit" name="decision" value="reject" disabled={pending} className={`${BUTTON} border border-red-300 bg-white text-red-700 hover:bg-red-50`}>Reject handoff</button>
          </>
        ) : null}
        {canCancel ? (
          <button type="submit" name="decision" value="cancel" disabled={pending} className={`${BUTTON} border border-slate-300 bg-white text-slate-800 hover:bg-slate-50`}>Cancel handoff</button>
        ) : null}
        {pending ? <span className="text-xs text-slate-500">Sending…</span> : null}
      </div>
    </form>
  );
}
