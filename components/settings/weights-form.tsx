"use client";

import { useActionState, useState } from "react";
import { saveWeights, type SettingsState } from "@/app/(console)/settings/actions";
import { buttonClass, FormStatus } from "./form-status";

const FACTORS = [
  { key: "expertise", label: "Expertise match", hint: "How well the seat's skills cover what the client needs" },
  { key: "workload", label: "Current workload", hint: "Room left under the seat's capacity" },
  { key: "successRate", label: "Success rate", hint: "Conversions and satisfaction over six months" },
  { key: "preferenceFit", label: "Client-preference fit", hint: "Language, market familiarity, person or AI, price band" },
  { key: "commission", label: "Commission potential", hint: "Value at stake times the seat's closing strength" },
] as const;

/** The five routing weights, with their live sum; the server refuses a set that does not add up to 1. */
export function WeightsForm({ weights }: { weights: Record<string, number> }) {
  const [state, action, pending] = useActionState<SettingsState, FormData>(saveWeights, {});
  const [values, setValues] = useState<Record<string, string>>(() => Object.fromEntries(FACTORS.map((f) => [f.key, String(weights[f.key] ?? 0)])));
  const sum = FACTORS.reduce((s, f) => s + (Number(values[f.key]) || 0), 0);
  const balanced = Math.abs(sum - 1) < 1e-6;
  return (
    <form action={action} className="space-y-3">
      {FACTORS.map((f) => (
        <div key={f.key} className="grid grid-cols-[1fr_6rem] items-center gap-3">
          <label htmlFor={`w-${f.key}`} className="text-sm">
            <span className="font-medium text-slate-900">{f.label}</span>
            <span className="block text-xs text-slate-500">{f.hint}</span>
          </label>
          <input id={`w-${f.key}`} name={f.key} type="number" step="0.01" min="0" max="1" required value={values[f.key]}
            onChange={(e) => setValues((v) => ({ ...v, [f.key]: e.target.value }))}
            className="rounded-lg border border-slate-300 px-2 py-1.5 text-right text-sm tabular-nums" />
        </div>
      ))}
      <p className={`text-sm ${balanced ? "text-slate-500" : "font-medium text-amber-700"}`} data-testid="weights-sum">
        Sum {Number(sum.toFixed(4))}{balanced ? "" : " (must be 1)"}
      </p>
      <FormStatus state={state} saved="Weights saved; new requests use them at once." />
      <button type="submit" disabled={pending} className={buttonClass}>{pending ? "Saving…" : "Save weights"}</button>
    </form>
  );
}
