"use client";

import { useActionState } from "react";
import { applyRebalanceAction, type ApplyState } from "@/app/(console)/rebalance/actions";

/** Applies the previewed moves; a stale preview is refused and explained. */
export function ApplyButton({ planId, moves }: { planId: string; moves: number }) {
  const [state, action, pending] = useActionState<ApplyState, FormData>(applyRebalanceAction, {});
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="planId" value={planId} />
      {state.error ? <p role="alert" className="rounded-lg bg-red-50 px-3 py-2 text-sm text-red-700">{state.error}</p> : null}
      {state.ok ? <p role="status" className="rounded-lg bg-emerald-50 px-3 py-2 text-sm text-emerald-800">Moved {state.moved} {state.moved === 1 ? "client" : "clients"}; total score +{(state.scoreGained ?? 0).toFixed(2)}. Each move is in the client&apos;s handoff history.</p> : null}
      <button type="submit" disabled={pending || moves === 0} className="w-full rounded-lg bg-brand-600 px-4 py-2.5 font-semibold text-white hover:bg-brand-700 disabled:opacity-60 sm:w-auto">
        {pending ? "Applying…" : moves === 0 ? "Nothing to apply" : `Apply ${moves} ${moves === 1 ? "move" : "moves"}`}
      </button>
    </form>
  );
}
