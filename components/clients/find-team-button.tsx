"use client";

import { useActionState } from "react";
import { findTeamAction, type FindTeamState } from "@/app/(console)/clients/[id]/find-team-actions";

/**
 * For a client with no lead: asks the coordinator to form a team now. Stays mounted once the
 * team exists (`available` false) so the outcome, or the reason nothing could be done, remains
 * on screen.
 */
export function FindTeamButton({ clientId, available }: { clientId: string; available: boolean }) {
  const [state, action, pending] = useActionState<FindTeamState, FormData>(findTeamAction, {});
  if (!available && !state.message && !state.error) return null;
  return (
    <form action={action} className="mt-3 space-y-2">
      <input type="hidden" name="clientId" value={clientId} />
      {state.error ? <p role="alert" className="rounded-lg bg-red-50 px-3 py-2 text-sm text-red-700">{state.error}</p> : null}
      {state.message ? <p role="status" className="text-sm text-slate-700">{state.message}</p> : null}
      <button type="submit" disabled={pending} hidden={!available}
        className="min-h-11 rounded-lg bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700 disabled:opacity-70 sm:min-h-9 sm:px-3 sm:py-1.5">
        {pending ? "Finding a team…" : "Find a team"}
      </button>
    </form>
  );
}
