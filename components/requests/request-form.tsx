"use client";

import { useState } from "react";
import { submitRequestForm } from "@/app/(console)/requests/actions";
import { ActionForm, useFormAnswer } from "@/components/action-form";
import { FieldError, useField } from "@/components/field-error";
import { LANGUAGE_NAMES } from "@/lib/domain/routing/language";
import { CLIENT_TYPES, type ClientType } from "@/lib/domain/team/vocabulary";
import { CheckField, ChoiceField, INPUT, SelectField, TextField } from "./request-fields";

/** Where leads usually come from; the field takes any other source as typed. */
const LEAD_SOURCES = ["Zillow", "Realtor.com", "Open house", "Referral", "Website", "Sign call", "Past client"] as const;
const PRE_APPROVAL = [["yes", "Yes"], ["no", "No"], ["", "Not asked yet"]] as const;
const LEGEND = "mb-3 text-sm font-semibold text-slate-900";
const capitalized = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
const isClientType = (value: string | undefined): value is ClientType => (CLIENT_TYPES as readonly string[]).includes(value ?? "");

/** A new client request typed in by the overseer; the coordinator routes it as soon as it is sent. */
export function RequestForm({ stagesByType, externalId }: { stagesByType: Readonly<Record<ClientType, readonly string[]>>; externalId: string }) {
  return (
    <ActionForm action={submitRequestForm} submitLabel="Send to the coordinator" pendingLabel="Routing…" className="space-y-6" wide noValidate testId="request-form">
      <RequestFields stagesByType={stagesByType} externalId={externalId} />
    </ActionForm>
  );
}

function RequestFields({ stagesByType, externalId }: { stagesByType: Readonly<Record<ClientType, readonly string[]>>; externalId: string }) {
  const { state } = useFormAnswer();
  const typed = state.values?.type;
  const [type, setType] = useState<ClientType>(isClientType(typed) ? typed : "buyer");
  const [stage, setStage] = useState(state.values?.stage || "New Lead");
  const stages = stagesByType[type];
  const chooseType = (next: ClientType) => {
    setType(next);
    if (!stagesByType[next].includes(stage)) setStage("New Lead");
  };
  const message = useField("message");
  return (
    <>
      <input type="hidden" name="externalId" value={state.values?.externalId || externalId} />
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className={LEGEND}>Client</legend>
        <TextField name="firstName" label="First name" aria-required="true" maxLength={80} autoComplete="off" />
        <TextField name="lastName" label="Last name" maxLength={80} autoComplete="off" />
        <TextField name="email" label="Email" type="email" hint="An email, a phone number or both" autoComplete="off" />
        <TextField name="phone" label="Phone" type="tel" placeholder="+1 909 555 0100" autoComplete="off" />
        <SelectField name="type" label="Client type" value={type} onChange={(e) => isClientType(e.target.value) && chooseType(e.target.value)}>
          {CLIENT_TYPES.map((t) => <option key={t} value={t}>{capitalized(t)}</option>)}
        </SelectField>
        <SelectField name="stage" label="Stage" value={stage} onChange={(e) => setStage(e.target.value)} hint={`The stages a${type === "investor" ? "n" : ""} ${type} goes through`}>
          {stages.map((s) => <option key={s} value={s}>{s}</option>)}
        </SelectField>
        <TextField name="leadSource" label="Lead source" suggestions={LEAD_SOURCES} maxLength={80} autoComplete="off" hint="Pick one or type your own" />
        <SelectField name="language" label="Language" defaultValue={state.values?.language || "en"}>
          {Object.entries(LANGUAGE_NAMES).map(([code, name]) => <option key={code} value={code}>{name}</option>)}
        </SelectField>
        <div className="sm:col-span-2">
          <TextField name="tags" label="Tags" placeholder="jorge-personal, referral" hint="Separate tags with commas" />
        </div>
      </fieldset>
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className={LEGEND}>Property and money</legend>
        <TextField name="postalCode" label="ZIP code" inputMode="numeric" maxLength={10} hint="Decides the market" />
        <TextField name="city" label="City" hint="Used when there is no ZIP" />
        <div className="sm:col-span-2">
          <TextField name="propertyAddress" label="Property address" />
        </div>
        <TextField name="priceExpectation" label="Seller's price expectation" placeholder="850,000 or $850k" hint="What the seller hopes to get" />
        <TextField name="budget" label="Buyer's budget" placeholder="$700-800K" hint="One amount (the most they spend) or a range" />
        <TextField name="timelineDays" label="Timeline" placeholder="45 days" hint="Days, weeks or months: 45, 6 weeks, 3-6 months, ASAP" />
        <ChoiceField name="preApproved" legend="Pre-approved by a lender" choices={PRE_APPROVAL} fallback="" />
      </fieldset>
      <div>
        <label htmlFor="rq-message" className="block text-sm font-medium text-slate-800">What the client said</label>
        <textarea id="rq-message" name="message" rows={4} maxLength={5000} defaultValue={message.value} className={INPUT} {...message.inputProps} placeholder="Their words: they drive the needs analysis and urgency" />
        <FieldError name="message" />
      </div>
      <fieldset className="flex flex-col gap-1 sm:flex-row sm:gap-6">
        <legend className="sr-only">Consent</legend>
        <CheckField name="smsConsent" label="Agreed to text messages" />
        <CheckField name="emailConsent" label="Agreed to email" />
      </fieldset>
    </>
  );
}
