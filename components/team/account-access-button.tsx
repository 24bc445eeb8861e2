"use client";

import { useActionState, useState } from "react";
import { setTeamMemberAccess } from "@/app/(console)/account/actions";
import type { FormActionState } from "@/components/action-form";

/**
 * Disable or enable one account, after a confirmation that says what follows: a disabled
 * person is signed out everywhere at once and cannot sign in until enabled again.
 */
export function AccountAccessButton({ userId, name, disabled }: { userId: string; name: string; disabled: boolean }) {
  const [state, action, pending] = useActionState<FormActionState, FormData>(setTeamMemberAccess, {});
  const [confirming, setConfirming] = useState(false);
  const verb = disabled ? "Enable" : "Disable";
  if (!confirming) {
    return (
      <div className="shrink-0 text-right">
        <button type="button" onClick={() => setConfirming(true)} aria-label={`${verb} ${name}'s account`}
          className={`rounded-lg border px-2.5 py-1 text-xs font-medium ${disabled ? "border-slate-300 text-slate-800 hover:bg-slate-50" : "border-red-200 text-red-700 hover:bg-red-50"}`}>
          {verb} account
        </button>
        {state.error ? <p role="alert" className="mt-1 text-xs text-red-700">{state.error}</p> : null}
        {state.ok ? <p role="status" className="mt-1 text-xs text-emerald-700">{state.message}</p> : null}
      </div>
    );
  }
  return (
    <form action={action} onSubmit={() => setConfirming(false)} className="w-full rounded-lg border border-amber-200 bg-amber-50 p-2 text-sm sm:w-72" role="group" aria-label={`Confirm: ${verb.toLowerCase()} ${name}'s account`}>
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="access" value={disabled ? "enable" : "disable"} />
      <p className="text-amber-900">
        {disabled ? `${name} will be able to sign in again.` : `${name} is signed out everywhere at once and cannot sign in until you enable the account again.`}
      </p>
      <div className="mt-2 flex justify-end gap-2">
        <button type="button" onClick={() => setConfirming(false)} className="rounded-lg border border-slate-300 bg-white px-2.5 py-1 text-xs">Cancel</button>
        <button type="submit" disabled={pending} className={`rounded-lg px-2.5 py-1 text-xs font-semibold text-white ${disabled ? "bg-brand-600" : "bg-red-600"}`}>
          {pending ? "Saving…" : `${verb} ${name.split(" ")[0]}'s account`}
        </button>
      </div>
    </form>
  );
}
