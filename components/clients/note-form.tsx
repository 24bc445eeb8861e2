"use client";

import { useActionState, useEffect, useRef } from "react";
import { addNoteAction, type ActionState } from "@/app/(console)/clients/[id]/actions";

/** Adds an internal note to the client's timeline. */
export function NoteForm({ clientId }: { clientId: string }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(addNoteAction, {});
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state.ok) form.current?.reset();
  }, [state]);
  return (
    <form ref={form} action={action} className="space-y-2">
      <input type="hidden" name="clientId" value={clientId} />
      <label htmlFor="note-body" className="sr-only">Note</label>
      <textarea id="note-body" name="body" rows={3} maxLength={5000} required placeholder="Add a note for the team (the client does not see it)"
        className="block w-full rounded-lg border border-slate-300 px-3 py-2 text-sm" />
      <div className="flex items-center justify-between gap-2">
        <p role={state.error ? "alert" : "status"} className={`text-sm ${state.error ? "text-red-700" : "text-emerald-700"}`}>
          {state.error ?? (state.ok ? "Note added." : "")}
        </p>
        <button type="submit" disabled={pending} className="rounded-lg bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700 disabled:opacity-70">
          {pending ? "Saving…" : "Add note"}
        </button>
      </div>
    </form>
  );
}
