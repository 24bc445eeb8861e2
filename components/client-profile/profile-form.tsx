"use client";

import type { ReactNode } from "react";
import { saveProfileAction } from "@/app/(console)/clients/[id]/profile-actions";
import { ActionForm, FIELD, useFormAnswer } from "@/components/action-form";
import { FieldError, useField } from "@/components/field-error";
import { amountText, budgetText, LANGUAGE_CHOICES, TIME_ZONE_CHOICES, withCurrent } from "./profile-choices";

export interface EditableProfile {
  id: string;
  pipeline: string;
  firstName: string;
  lastName: string;
  email: string | null;
  phone: string | null;
  propertyAddress: string | null;
  city: string | null;
  postalCode: string | null;
  language: string;
  timeZone: string;
  budgetMin: number | null;
  budgetMax: number | null;
  priceExpectation: number | null;
  timelineDays: number | null;
  preApproved: boolean | null;
  preApprovalAmount: number | null;
  smsConsent: boolean;
  emailConsent: boolean;
  optedOutAt: Date | null;
}

function Text({ name, label, initial, hint, wide, ...rest }: { name: string; label: string; initial: string | null; hint?: string; wide?: boolean } & React.InputHTMLAttributes<HTMLInputElement>) {
  const hintId = hint ? `profile-${name}-hint` : undefined;
  const field = useField(name, hintId);
  return (
    <div className={wide ? "sm:col-span-2" : undefined}>
      <label htmlFor={`profile-${name}`} className="text-xs font-medium text-slate-700">{label}</label>
      <input id={`profile-${name}`} name={name} {...rest} {...field.inputProps} defaultValue={field.value ?? initial ?? ""} className={FIELD} />
      {hint ? <p id={hintId} className="mt-1 text-xs text-slate-600">{hint}</p> : null}
      <FieldError name={name} />
    </div>
  );
}

const PRE_APPROVAL_CHOICES = [["unknown", "Not asked yet"], ["yes", "Yes"], ["no", "No"]] as const;

function Choice({ name, label, initial, choices }: { name: string; label: string; initial: string; choices: readonly (readonly [string, string])[] }) {
  const field = useField(name);
  return (
    <div>
      <label htmlFor={`profile-${name}`} className="text-xs font-medium text-slate-700">{label}</label>
      <select id={`profile-${name}`} name={name} {...field.inputProps} defaultValue={field.value ?? initial} className={FIELD}>
        {withCurrent(choices, initial).map(([value, words]) => <option key={value} value={value}>{words}</option>)}
      </select>
      <FieldError name={name} />
    </div>
  );
}

function Check({ name, label, initial, disabled, note }: { name: string; label: ReactNode; initial: boolean; disabled?: boolean; note?: string }) {
  const field = useField(name);
  // After a refusal the form comes back as typed: a box left unticked is absent from those values.
  const { state } = useFormAnswer();
  const checked = state.values ? state.values[name] === "on" : initial;
  return (
    <div>
      <label className="flex min-h-11 items-center gap-2 text-sm text-slate-800 sm:min-h-0">
        <input type="checkbox" name={name} defaultChecked={checked} disabled={disabled} {...field.inputProps} className="h-5 w-5" /> {label}
      </label>
      {note ? <p className="text-xs text-slate-600">{note}</p> : null}
      <FieldError name={name} />
    </div>
  );
}

/**
 * The client's profile as a form: each field that cannot be saved says why under itself and
 * keeps what was typed. Money reads the way people type it ("$850k", "1.2M", "$700k-800k"). SMS
 * consent cannot be ticked for a client who opted out: only the client opts back in.
 */
export function ProfileForm({ client }: { client: EditableProfile }) {
  const seller = client.pipeline === "seller";
  return (
    <ActionForm action={saveProfileAction} submitLabel="Save profile" hidden={{ clientId: client.id }} testId="profile-form" className="space-y-3" noValidate wide>
      <div className="grid gap-3 sm:grid-cols-2">
        <Text name="firstName" label="First name" initial={client.firstName} autoComplete="off" />
        <Text name="lastName" label="Last name" initial={client.lastName} autoComplete="off" />
        <Text name="email" label="Email" initial={client.email} type="email" inputMode="email" autoComplete="off" />
        <Text name="phone" label="Phone" initial={client.phone} type="tel" inputMode="tel" autoComplete="off" />
        <Text name="propertyAddress" label="Address" initial={client.propertyAddress} wide autoComplete="off" />
        <Text name="city" label="City" initial={client.city} autoComplete="off" />
        <Text name="postalCode" label="ZIP" initial={client.postalCode} inputMode="numeric" autoComplete="off" />
        <Choice name="language" label="Language" initial={client.language} choices={LANGUAGE_CHOICES} />
        <Choice name="timeZone" label="Time zone" initial={client.timeZone} choices={TIME_ZONE_CHOICES} />
        {seller
          ? <Text name="price" label="Price the seller expects" initial={amountText(client.priceExpectation)} hint="Like $850k or 1.2M" />
          : <Text name="budget" label="Budget" initial={budgetText(client.budgetMin, client.budgetMax)} hint="Like $750k, up to $800k, or $700k-800k" />}
        <Text name="timelineDays" label="Timeline, in days" initial={client.timelineDays === null ? "" : String(client.timelineDays)} inputMode="numeric" />
        <Choice name="preApproved" label="Pre-approved by a lender" initial={client.preApproved === null ? "unknown" : client.preApproved ? "yes" : "no"} choices={PRE_APPROVAL_CHOICES} />
        <Text name="preApprovalAmount" label="Pre-approved for" initial={amountText(client.preApprovalAmount)} hint="Counts only when pre-approved is Yes" />
      </div>
      <fieldset className="grid gap-1 sm:grid-cols-3">
        <legend className="mb-1 text-xs font-medium text-slate-700">Consent</legend>
        <Check name="smsConsent" label="Agrees to texts" initial={client.smsConsent} disabled={client.optedOutAt !== null && !client.smsConsent} note={client.optedOutAt ? "Opted out: only the client opts back in, by texting START." : undefined} />
        <Check name="emailConsent" label="Agrees to email" initial={client.emailConsent} />
      </fieldset>
    </ActionForm>
  );
}
