"use client";

import { startTransition, useActionState, type FormEvent } from "react";
import { setAppointmentStatusAction } from "@/app/(console)/clients/[id]/appointment-actions";
import type { FormState } from "@/lib/http/form-action";

const BUTTON = "min-h-11 rounded-lg border px-3 text-sm font-medium disabled:opacity-60 sm:min-h-9";

/**
 * The buttons that close a scheduled appointment: Done and No-show once it has started, Cancel
 * at any time. The answer shows beside them; a refusal says why.
 */
export function AppointmentStatusButtons({ clientId, appointmentId, started, label }: { clientId: string; appointmentId: string; started: boolean; label: string }) {
  const [state, run, pending] = useActionState<FormState, FormData>(setAppointmentStatusAction, {});
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
    startTransition(() => run(data));
  }
  return (
    <form action={run} onSubmit={submit} className="flex flex-wrap items-center gap-2" aria-label={`Close ${label}`}>
      <input type="hidden" name="clientId" value={clientId} />
      <input type="hidden" name="appointmentId" value={appointmentId} />
      {started ? (
        <>
          <button type="submit" name="status" value="done" disabled={pending} className={`${BUTTON} border-emerald-300 bg-emerald-50 text-emerald-900 hover:bg-emerald-100`}>Mark done</button>
          <button type="submit" name="status" value="no_show" disabled={pending} className={`${BUTTON} border-slate-300 bg-white text-slate-800 hover:bg-slate-50`}>No-show</button>
        </>
      ) : null}
      <button type="submit" name="status" value="cancelled" disabled={pending} className={`${BUTTON} border-red-200 bg-white text-red-800 hover:bg-red-50`}>Cancel</button>
      <p role={state.error ? "alert" : "status"} className={`text-sm ${state.error ? "text-red-700" : "text-emerald-800"}`}>{state.error ?? (state.ok ? state.message : "")}</p>
    </form>
  );
}
