"use client";

import { useActionState, useState } from "react";
import { saveHandoffLimits, type SettingsState } from "@/app/(console)/settings/actions";
import { formatDuration } from "@/lib/domain/assignment/speed-to-lead";
import { buttonClass, FormStatus } from "./form-status";

interface Limits {
  samePairMinutes: number;
  perHour: number;
  perDay: number;
}

const FIELDS = [
  { key: "samePairMinutes", label: "Same two seats again after", hint: "minutes, 0 to 1,440; 0 turns the rule off", min: 0, max: 1440 },
  { key: "perHour", label: "Handoffs per hour", hint: "per client, 1 to 20", min: 1, max: 20 },
  { key: "perDay", label: "Handoffs per day", hint: "per client, 1 to 100, at least the hourly limit", min: 1, max: 100 },
] as const;

/** How often one client may change hands: the wait before the same two seats trade it again, and the hourly and daily limits. */
export function HandoffLimitsForm({ limits }: { limits: Limits }) {
  const [state, action, pending] = useActionState<SettingsState, FormData>(saveHandoffLimits, {});
  const [values, setValues] = useState<Record<string, string>>(() => Object.fromEntries(FIELDS.map((f) => [f.key, String(limits[f.key])])));
  const wait = Number(values.samePairMinutes);
  const waitHint = values.samePairMinutes !== "" && Number.isFinite(wait) && wait > 0 ? `= ${formatDuration(wait * 60)}` : "";
  return (
    <form action={action} className="space-y-3">
      {FIELDS.map((f) => (
        <div key={f.key} className="grid grid-cols-[minmax(0,1fr)_6rem] items-start gap-3">
          <label htmlFor={`h-${f.key}`} className="text-sm text-slate-900">
            {f.label} <span className="block text-xs text-slate-500">{f.hint}</span>
          </label>
          <div>
            <input id={`h-${f.key}`} name={f.key} type="number" min={f.min} max={f.max} step={1} required value={values[f.key]}
              onChange={(e) => setValues((v) => ({ ...v, [f.key]: e.target.value }))}
              className="w-full rounded-lg border border-slate-300 px-2 py-1.5 text-right text-sm tabular-nums" />
            {f.key === "samePairMinutes" ? <span className="block text-right text-xs text-slate-500">{waitHint}</span> : null}
          </div>
        </div>
      ))}
      <FormStatus state={state} saved="Handoff limits saved." />
      <button type="submit" disabled={pending} className={buttonClass}>{pending ? "Saving…" : "Save limits"}</button>
    </form>
  );
}
