"use client";

import { useActionState, useState, type ReactNode } from "react";
import { saveFollowUpCadence, type SettingsState } from "@/app/(console)/settings/actions";
import type { FollowUpCadence } from "@/lib/domain/followup/cadence";
import { buttonClass, FormStatus, inputClass } from "./form-status";

const numberClass = "w-full rounded-lg border border-slate-300 px-2 py-1.5 text-right text-sm tabular-nums";

/** One labelled row: the label and its hint on the left, the field on the right. */
function Row({ id, label, hint, children }: { id: string; label: string; hint: string; children: ReactNode }) {
  return (
    <div className="grid grid-cols-[minmax(0,1fr)_7rem] items-center gap-3">
      <label htmlFor={id} className="text-sm text-slate-900">{label} <span className="block text-xs text-slate-500">{hint}</span></label>
      {children}
    </div>
  );
}

/**
 * Jorge's follow-up cadence: the days after the first contact, the interval once they are used
 * up, the most attempts, and the window of the client's local clock that follow-ups fall in.
 */
export function FollowUpCadenceForm({ cadence }: { cadence: FollowUpCadence }) {
  const [state, action, pending] = useActionState<SettingsState, FormData>(saveFollowUpCadence, {});
  const [values, setValues] = useState<Record<string, string>>(() => ({
    days: cadence.days.join(", "), thenEveryDays: String(cadence.thenEveryDays), maxAttempts: String(cadence.maxAttempts), windowStart: cadence.windowStart, windowEnd: cadence.windowEnd,
  }));
  const bind = (name: string) => ({ name, required: true, value: values[name], onChange: (e: { target: { value: string } }) => setValues((v) => ({ ...v, [name]: e.target.value })) });
  return (
    <form action={action} className="space-y-3">
      <div>
        <label htmlFor="c-days" className="text-sm text-slate-900">Days after the first contact
          <span className="block text-xs text-slate-500">comma-separated, ascending, 1 to 365, at most 20</span>
        </label>
        <input id="c-days" type="text" {...bind("days")} className={`mt-1 tabular-nums ${inputClass}`} />
      </div>
      <Row id="c-every" label="Then every" hint="days, 1 to 90">
        <input id="c-every" type="number" min={1} max={90} step={1} {...bind("thenEveryDays")} className={numberClass} />
      </Row>
      <Row id="c-max" label="Attempts at most" hint="0 to 50; 0 stops follow-ups">
        <input id="c-max" type="number" min={0} max={50} step={1} {...bind("maxAttempts")} className={numberClass} />
      </Row>
      <Row id="c-start" label="Window opens" hint="client's local time">
        <input id="c-start" type="time" step={60} {...bind("windowStart")} className={numberClass} />
      </Row>
      <Row id="c-end" label="Window closes" hint="after it opens; the close is excluded">
        <input id="c-end" type="time" step={60} {...bind("windowEnd")} className={numberClass} />
      </Row>
      <FormStatus state={state} saved="Cadence saved; the next scheduling run uses it." />
      <button type="submit" disabled={pending} className={buttonClass}>{pending ? "Saving…" : "Save cadence"}</button>
    </form>
  );
}
