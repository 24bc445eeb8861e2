"use client";

import { decideHandoffAction } from "@/app/(console)/inbox/actions";
import { AnswerError, ReasonField, useInboxAction } from "./inbox-form";

const BUTTON = "rounded-lg px-4 py-2 text-sm font-semibold disabled:opacity-70";

/**
 * The receiver accepts (with an optional note) or rejects (the reason is required); whoever
 * proposed it cancels. Jorge may do all three. A refusal of the service shows as an alert.
 */
export function HandoffActions({ handoffId, clientName, canDecide, canCancel }: { handoffId: string; clientName: string; canDecide: boolean; canCancel: boolean }) {
  const [state, run, pending] = useInboxAction(decideHandoffAction);
  if (!canDecide && !canCancel) return null;
  return (
    <form action={run} noValidate className="space-y-2" aria-label={`Answer the handoff of ${clientName}`}>
      <input type="hidden" name="handoffId" value={handoffId} />
      {canDecide ? <ReasonField name="note" maxLength={1000} hint="Required to reject; a note for the sender when you accept." /> : null}
      <AnswerError error={state.error} />
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
