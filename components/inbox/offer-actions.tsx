"use client";

import { useState } from "react";
import { answerOfferAction } from "@/app/(console)/inbox/actions";
import { AnswerError, ReasonField, useInboxAction } from "./inbox-form";

const PRIMARY = "rounded-lg bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700 disabled:opacity-70";
const SECONDARY = "rounded-lg border border-slate-300 bg-white px-4 py-2 text-sm font-semibold text-slate-800 hover:bg-slate-50 disabled:opacity-70";

/**
 * Accept, or decline with a reason: Decline opens the reason field and its own "Decline offer"
 * button. The reason is required, and the service says so when it is missing, nothing changed.
 */
export function OfferActions({ assignmentId, clientName }: { assignmentId: string; clientName: string }) {
  const [state, run, pending] = useInboxAction(answerOfferAction);
  const [declining, setDeclining] = useState(false);
  return (
    <form action={run} noValidate className="space-y-2" aria-label={`Answer the offer for ${clientName}`}>
      <input type="hidden" name="assignmentId" value={assignmentId} />
      {declining ? <ReasonField name="reason" maxLength={500} required placeholder="Why you pass: the next seat and Jorge read it" /> : null}
      <AnswerError error={state.error} />
      <div className="flex flex-wrap items-center gap-2">
        <button type="submit" name="answer" value="accept" disabled={pending} className={PRIMARY}>Accept</button>
        {declining ? (
          <>
            <button type="submit" name="answer" value="decline" disabled={pending} className={`${SECONDARY} border-red-300 text-red-700 hover:bg-red-50`}>Decline offer</button>
            <button type="button" onClick={() => setDeclining(false)} disabled={pending} className="px-2 py-2 text-sm text-slate-600 hover:underline">Never mind</button>
          </>
        ) : (
          <button type="button" onClick={() => setDeclining(true)} disabled={pending} className={SECONDARY}>Decline</button>
        )}
        {pending ? <span className="text-xs text-slate-500">Sending…</span> : null}
      </div>
    </form>
  );
}
