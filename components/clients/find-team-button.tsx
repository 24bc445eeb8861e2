"use client";

import { useActionState } from "react";
import { findTeamAction, type ActionState } from "@/app/(console)/clients/[id]/actions";

/**
 * For a client with no seat: asks the coordinator to form a team now. Stays mounted once the
 * team exists (`available` false) so the outcome remains on screen.
 */
export function FindTeamButton({ clientId, available }: { clientId: string; available: boolean }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(findTeamAction, {});
  if (!available && !state.message && !state.error) return null;
  return (
    <form action={action} className="mt-3 space-y-2">
      <input type="hidden" name="clientId" value={clientId} />
      {state.error ? <p role="alert" className="text-sm text-red-700">{state.error}</p> : null}
      {state.message ? <p role="status" className="text-sm text-slate-700">{state.message}</p> : null}
      <button type="submit" disabled={pending} hidden={!available} className="rounded-lg bg-brand-600 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-700 disabled:opacity-70">
        {pending ? "Finding a team…" : "Find a team"}
      </button>
    </form>
  );
}
