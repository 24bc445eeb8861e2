"use client";

import { useActionState, useState } from "react";
import { saveFieldMapping, type SettingsState } from "@/app/(console)/settings/actions";
import { MAPPED_FACT_LABELS, MAPPED_FACTS, type FieldMapping } from "@/lib/domain/intake/custom-fields";
import { buttonClass, FormStatus, inputClass } from "./form-status";

/** Which GoHighLevel custom fields feed each client fact, one comma-separated list per fact. */
export function FieldMappingForm({ mapping }: { mapping: FieldMapping }) {
  const [state, action, pending] = useActionState<SettingsState, FormData>(saveFieldMapping, {});
  const [values, setValues] = useState<Record<string, string>>(() => Object.fromEntries(MAPPED_FACTS.map((fact) => [fact, mapping[fact].join(", ")])));
  return (
    <form action={action} className="space-y-3">
      <p className="text-sm text-slate-600">
        The custom field names (or ids) that hold each fact, separated by commas. Names match without case, spaces or punctuation, so &quot;Pre-Approved?&quot; matches &quot;pre approved&quot;. Leave a fact empty to ignore it.
      </p>
      {MAPPED_FACTS.map((fact) => (
        <div key={fact} className="grid gap-1 sm:grid-cols-[10rem_minmax(0,1fr)] sm:items-center sm:gap-3">
          <label htmlFor={`map-${fact}`} className="text-sm font-medium text-slate-900">{MAPPED_FACT_LABELS[fact]}</label>
          <input id={`map-${fact}`} name={fact} value={values[fact]} maxLength={2000} onChange={(e) => setValues((v) => ({ ...v, [fact]: e.target.value }))} className={inputClass} />
        </div>
      ))}
      <FormStatus state={state} saved="Field mapping saved; the next GoHighLevel delivery uses it." />
      <button type="submit" disabled={pending} className={buttonClass}>{pending ? "Saving…" : "Save field mapping"}</button>
    </form>
  );
}
