"use client";

import { useActionState, useState } from "react";
import { applyRebalanceAction, type ApplyState } from "@/app/(console)/rebalance/actions";

export interface MoveRow {
  clientId: string;
  client: string;
  from: string;
  to: string;
  fit: string;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * The proposed moves as a checklist (all ticked at first), applied only after Jorge confirms the
 * count; the server re-checks the preview and that the kept moves have room.
 */
export function MovePicker({ planId, moves }: { planId: string; moves: MoveRow[] }) {
  const [state, action, pending] = useActionState<ApplyState, FormData>(applyRebalanceAction, {});
  const [chosen, setChosen] = useState(() => new Set(moves.map((m) => m.clientId)));
  const [confirming, setConfirming] = useState(false);
  const toggle = (id: string) => {
    setConfirming(false);
    setChosen((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  };
  const seatsTouched = new Set(moves.filter((m) => chosen.has(m.clientId)).flatMap((m) => [m.from, m.to])).size;
  if (state.ok) {
    return (
      <p role="status" className="rounded-lg bg-emerald-50 px-3 py-2 text-sm text-emerald-800">
        Moved {plural(state.moved ?? 0, "client", "clients")}; total score +{(state.scoreGained ?? 0).toFixed(2)}. {plural(state.seatsTold ?? 0, "seat was", "seats were")} told why, and each move is in the client&apos;s handoff history.
      </p>
    );
  }
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="planId" value={planId} />
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <span className="text-slate-700">{chosen.size} of {plural(moves.length, "move", "moves")} selected</span>
        <button type="button" className="min-h-11 rounded-lg px-3 font-medium text-brand-700 hover:bg-brand-50" onClick={() => setChosen(new Set(moves.map((m) => m.clientId)))}>Select all</button>
        <button type="button" className="min-h-11 rounded-lg px-3 font-medium text-brand-700 hover:bg-brand-50" onClick={() => setChosen(new Set())}>Clear</button>
      </div>
      <ul className="divide-y divide-slate-100 text-sm">
        {moves.map((m) => (
          <li key={m.clientId} data-testid="rebalance-move">
            <label className="flex min-h-11 cursor-pointer items-start gap-3 py-2">
              <input type="checkbox" name="move" value={m.clientId} checked={chosen.has(m.clientId)} onChange={() => toggle(m.clientId)} className="mt-1 size-5 shrink-0 accent-brand-600" />
              <span className="min-w-0 flex-1">
                <span className="block truncate font-medium text-slate-900" data-testid="rebalance-move-client">{m.client}</span>
                <span className="block text-xs text-slate-600">{m.from} → <strong className="text-slate-900">{m.to}</strong> · {m.fit}</span>
              </span>
            </label>
          </li>
        ))}
      </ul>
      {state.error ? <p role="alert" className="rounded-lg bg-red-50 px-3 py-2 text-sm text-red-700">{state.error}</p> : null}
      {confirming ? (
        <div role="alertdialog" aria-labelledby="rebalance-confirm" className="space-y-3 rounded-lg border border-amber-300 bg-amber-50 p-3">
          <p id="rebalance-confirm" className="text-sm text-slate-900">Move {plural(chosen.size, "client", "clients")} now? {plural(seatsTouched, "seat", "seats")} will be told which client moved and why.</p>
          <div className="flex flex-col gap-2 sm:flex-row">
            <button type="submit" disabled={pending} className="min-h-11 rounded-lg bg-brand-600 px-4 font-semibold text-white hover:bg-brand-700 disabled:opacity-60">{pending ? "Applying…" : `Confirm ${plural(chosen.size, "move", "moves")}`}</button>
            <button type="button" disabled={pending} onClick={() => setConfirming(false)} className="min-h-11 rounded-lg border border-slate-300 bg-white px-4 font-medium text-slate-800 hover:bg-slate-50">Go back</button>
          </div>
        </div>
      ) : (
        <button type="button" disabled={chosen.size === 0} onClick={() => setConfirming(true)} className="min-h-11 w-full rounded-lg bg-brand-600 px-4 font-semibold text-white hover:bg-brand-700 disabled:opacity-60 sm:w-auto">
          {chosen.size === 0 ? "Select a move to apply" : `Apply ${plural(chosen.size, "move", "moves")}…`}
        </button>
      )}
    </form>
  );
}
