"use client";

import { useState } from "react";
import { recordAction, resumeSeatAction } from "@/app/(console)/quality/actions";
import { ActionForm, FIELD } from "@/components/action-form";

/**
 * Pausing a seat stops everything it would send, so it asks first: "Pause this seat…" opens a
 * confirmation with the reason to record; a paused seat shows "Resume" instead.
 */
export function PauseControl({ seatId, seatName, paused }: { seatId: string; seatName: string; paused: boolean }) {
  const [confirming, setConfirming] = useState(false);
  if (paused) {
    return (
      <ActionForm action={resumeSeatAction} submitLabel="Resume seat" pendingLabel="Resuming…" hidden={{ seatId }} tone="secondary" testId="resume-seat">
        <p className="text-sm text-red-800">{seatName} is paused: it sends nothing until resumed.</p>
      </ActionForm>
    );
  }
  if (!confirming) {
    return <button type="button" onClick={() => setConfirming(true)} className="min-h-11 rounded-lg border border-red-300 bg-white px-4 py-2 text-sm font-semibold text-red-700 hover:bg-red-50 sm:min-h-0">Pause this seat…</button>;
  }
  return (
    <div className="rounded-lg border border-red-200 bg-red-50 p-3" role="group" aria-labelledby="pause-confirm-title">
      <p id="pause-confirm-title" className="text-sm font-semibold text-red-900">Pause {seatName}? It will send nothing to clients until someone resumes it.</p>
      <ActionForm action={recordAction} submitLabel="Yes, pause the seat" pendingLabel="Pausing…" hidden={{ seatId, kind: "seat_paused" }} testId="pause-seat" className="mt-2 space-y-2">
        <label htmlFor="pause-note" className="block text-sm font-medium text-slate-900">Why</label>
        <textarea id="pause-note" name="note" required maxLength={4000} rows={2} className={FIELD} />
      </ActionForm>
      <button type="button" onClick={() => setConfirming(false)} className="mt-2 text-sm text-slate-700 underline underline-offset-2">Cancel</button>
    </div>
  );
}
