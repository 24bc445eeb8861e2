"use client";

import { useActionState } from "react";
import { setPresenceAction } from "@/app/(console)/tasks/presence-actions";
import type { FormActionState } from "@/components/action-form";
import { PRESENCE_DOT, presenceLabel } from "./seat-indicators";

const CHOICES = ["available", "away", "vacation"] as const;

/**
 * The signed-in person's own presence as three buttons (Available, Away, On vacation), the
 * current one pressed. Offline is not a choice: it is what signing out or a disabled account means.
 */
export function PresenceControl({ presence, compact = false }: { presence: string; compact?: boolean }) {
  const [state, run, pending] = useActionState<FormActionState, FormData>(setPresenceAction, {});
  return (
    <form action={run} data-testid="presence-control" className={compact ? "" : "space-y-2"}>
      <fieldset>
        <legend className={compact ? "sr-only" : "mb-2 text-sm text-slate-700"}>
          {compact ? "Your presence" : <>You show as <strong className="font-semibold text-slate-900">{presenceLabel(presence)}</strong>. Routing offers clients only to available seats.</>}
        </legend>
        <div className="grid grid-cols-3 gap-1 rounded-lg border border-slate-300 bg-white p-1">
          {CHOICES.map((p) => {
            const current = p === presence;
            return (
              <button key={p} type="submit" name="presence" value={p} disabled={pending} aria-pressed={current}
                className={`inline-flex min-h-11 items-center justify-center gap-1.5 whitespace-nowrap rounded-md px-3 text-sm font-medium disabled:opacity-70 ${current ? "bg-brand-600 text-white" : "text-slate-800 hover:bg-slate-100"}`}>
                <span className={`h-2 w-2 shrink-0 rounded-full ${PRESENCE_DOT[p]} ${current ? "ring-2 ring-white" : ""}`} aria-hidden="true" />
                {presenceLabel(p)}
              </button>
            );
          })}
        </div>
      </fieldset>
      {presence === "offline" ? <p className="mt-1 text-xs text-slate-700">Your seat shows as offline; choose a presence to come back.</p> : null}
      <p role={state.error ? "alert" : "status"} className={`mt-1 text-xs ${state.error ? "text-red-700" : "text-emerald-800"} ${state.error || state.ok ? "" : "sr-only"}`}>
        {state.error ?? (state.ok ? state.message : "")}
      </p>
    </form>
  );
}
