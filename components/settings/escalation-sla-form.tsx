"use client";

import { useActionState, useState } from "react";
import { saveEscalationSla, type SettingsState } from "@/app/(console)/settings/actions";
import { formatDuration } from "@/lib/domain/assignment/speed-to-lead";
import { SEVERITIES, type Severity } from "@/lib/domain/team/vocabulary";
import { buttonClass, FormStatus } from "./form-status";

type Sla = Record<Severity, { ackMinutes: number; resolveMinutes: number }>;

const FIELDS = [
  { key: "ack", label: "acknowledge within" },
  { key: "resolve", label: "resolve within" },
] as const;

/** "= 4 h" beside a number of minutes, or nothing while the field is not a positive number. */
function hint(value: string): string {
  const minutes = Number(value);
  return value !== "" && Number.isFinite(minutes) && minutes > 0 ? `= ${formatDuration(minutes * 60)}` : "";
}

/**
 * Minutes Jorge has to acknowledge and to resolve an escalation, per severity: a compact grid of
 * four rows and two columns that fits a phone; each field shows its value in hours or days.
 */
export function EscalationSlaForm({ sla }: { sla: Sla }) {
  const [state, action, pending] = useActionState<SettingsState, FormData>(saveEscalationSla, {});
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(SEVERITIES.flatMap((s) => [[`${s}.ack`, String(sla[s].ackMinutes)], [`${s}.resolve`, String(sla[s].resolveMinutes)]])),
  );
  return (
    <form action={action} className="space-y-3">
      <div className="grid grid-cols-[4.25rem_minmax(0,1fr)_minmax(0,1fr)] items-start gap-x-3 gap-y-2 sm:grid-cols-[6rem_minmax(0,10rem)_minmax(0,10rem)]">
        <span aria-hidden="true" />
        <span aria-hidden="true" className="text-xs font-medium text-slate-600">Acknowledge within <span className="block font-normal text-slate-500">minutes</span></span>
        <span aria-hidden="true" className="text-xs font-medium text-slate-600">Resolve within <span className="block font-normal text-slate-500">minutes</span></span>
        {SEVERITIES.map((s) => (
          <div key={s} className="contents">
            <span className="pt-1.5 text-sm font-medium capitalize text-slate-900">{s}</span>
            {FIELDS.map((f) => {
              const name = `${s}.${f.key}`;
              return (
                <div key={f.key} className="min-w-0">
                  <label htmlFor={`sla-${s}-${f.key}`} className="sr-only">{`${s[0]!.toUpperCase()}${s.slice(1)}: ${f.label} (minutes)`}</label>
                  <input id={`sla-${s}-${f.key}`} name={name} type="number" min={1} max={43200} step={1} required value={values[name]}
                    onChange={(e) => setValues((v) => ({ ...v, [name]: e.target.value }))}
                    aria-describedby={`sla-${s}-${f.key}-hint`}
                    className="w-full rounded-lg border border-slate-300 px-2 py-1.5 text-right text-sm tabular-nums" />
                  <span id={`sla-${s}-${f.key}-hint`} className="block h-4 text-right text-xs text-slate-500">{hint(values[name] ?? "")}</span>
                </div>
              );
            })}
          </div>
        ))}
      </div>
      <p className="text-xs text-slate-500">Whole minutes, 1 to 43,200 (30 days); resolve is never sooner than acknowledge. Escalations opened from now on use them.</p>
      <FormStatus state={state} saved="Deadlines saved." />
      <button type="submit" disabled={pending} className={buttonClass}>{pending ? "Saving…" : "Save deadlines"}</button>
    </form>
  );
}
