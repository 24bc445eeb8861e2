"use client";

import { useActionState } from "react";
import { submitRequestForm, type RequestFormState } from "@/app/(console)/requests/actions";

const input = "mt-1 block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm";

function Field({ name, label, hint, values, ...rest }: { name: string; label: string; hint?: string; values?: Record<string, string> } & React.InputHTMLAttributes<HTMLInputElement>) {
  return (
    <div>
      <label htmlFor={`rq-${name}`} className="block text-sm font-medium text-slate-800">{label}</label>
      <input id={`rq-${name}`} name={name} defaultValue={values?.[name]} className={input} {...rest} />
      {hint ? <p className="mt-0.5 text-xs text-slate-500">{hint}</p> : null}
    </div>
  );
}

/** A new client request typed in by the overseer; the coordinator routes it as soon as it is sent. */
export function RequestForm({ stages, externalId }: { stages: readonly string[]; externalId: string }) {
  const [state, action, pending] = useActionState<RequestFormState, FormData>(submitRequestForm, {});
  const v = state.values;
  return (
    <form action={action} className="space-y-6" noValidate>
      <input type="hidden" name="externalId" value={v?.externalId || externalId} />
      {state.error ? <p role="alert" className="rounded-lg bg-red-50 px-3 py-2 text-sm text-red-700">{state.error}</p> : null}
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-sm font-semibold text-slate-900">Client</legend>
        <Field name="firstName" label="First name" required maxLength={80} values={v} autoComplete="off" />
        <Field name="lastName" label="Last name" maxLength={80} values={v} autoComplete="off" />
        <Field name="email" label="Email" type="email" values={v} hint="Email, phone or both" autoComplete="off" />
        <Field name="phone" label="Phone" type="tel" values={v} placeholder="+1 909 555 0100" autoComplete="off" />
        <div>
          <label htmlFor="rq-type" className="block text-sm font-medium text-slate-800">Client type</label>
          <select id="rq-type" name="type" defaultValue={v?.type || "buyer"} className={input}>
            {["buyer", "seller", "investor", "renter"].map((t) => <option key={t} value={t}>{t[0]!.toUpperCase() + t.slice(1)}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="rq-stage" className="block text-sm font-medium text-slate-800">Stage</label>
          <select id="rq-stage" name="stage" defaultValue={v?.stage ?? ""} className={input}>
            <option value="">New Lead</option>
            {stages.filter((s) => s !== "New Lead").map((s) => <option key={s} value={s}>{s}</option>)}
          </select>
        </div>
        <Field name="language" label="Language" values={v} placeholder="en" maxLength={2} hint="Two letters: en, es, zh, vi…" />
        <Field name="tags" label="Tags" values={v} placeholder="jorge-personal, referral" hint="Comma separated" />
      </fieldset>
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-sm font-semibold text-slate-900">Property and money</legend>
        <Field name="postalCode" label="ZIP code" inputMode="numeric" maxLength={5} values={v} hint="Decides the market" />
        <Field name="city" label="City" values={v} hint="Used when there is no ZIP" />
        <Field name="propertyAddress" label="Property address" values={v} />
        <Field name="priceExpectation" label="Seller's price expectation" inputMode="numeric" values={v} placeholder="$" />
        <Field name="budgetMin" label="Buyer's budget from" inputMode="numeric" values={v} placeholder="$" />
        <Field name="budgetMax" label="Buyer's budget to" inputMode="numeric" values={v} placeholder="$" />
        <Field name="timelineDays" label="Timeline (days)" inputMode="numeric" values={v} />
        <label className="flex items-center gap-2 self-end pb-2 text-sm text-slate-700"><input type="checkbox" name="preApproved" /> Pre-approved by a lender</label>
      </fieldset>
      <div>
        <label htmlFor="rq-message" className="block text-sm font-medium text-slate-800">What the client said</label>
        <textarea id="rq-message" name="message" rows={4} maxLength={5000} defaultValue={v?.message} className={input} placeholder="Their words: they drive the needs analysis and urgency" />
      </div>
      <div className="flex flex-wrap gap-4 text-sm text-slate-700">
        <label className="flex items-center gap-2"><input type="checkbox" name="smsConsent" /> Agreed to text messages</label>
        <label className="flex items-center gap-2"><input type="checkbox" name="emailConsent" /> Agreed to email</label>
      </div>
      <button type="submit" disabled={pending} className="w-full rounded-lg bg-brand-600 px-4 py-2.5 font-semibold text-white hover:bg-brand-700 disabled:opacity-70 sm:w-auto">
        {pending ? "Routing…" : "Send to the coordinator"}
      </button>
    </form>
  );
}
