"use client";

import { useActionState } from "react";
import { newApiToken, type SettingsState } from "@/app/(console)/settings/actions";
import { API_TOKEN_SCOPE_LABELS, OPEN_API_TOKEN_SCOPES } from "@/lib/domain/auth/token-scopes";
import { buttonClass, FormStatus, inputClass } from "./form-status";

/** The expiries offered, in days; the service accepts any whole number from 1 to 730. */
const EXPIRY_CHOICES: { value: string; label: string }[] = [
  { value: "30", label: "30 days" },
  { value: "90", label: "90 days" },
  { value: "365", label: "1 year" },
  { value: "730", label: "2 years" },
  { value: "never", label: "Never" },
];

/**
 * Creates an API token: its name, the scopes it may call (client requests by default) and when
 * it expires (a year unless chosen otherwise). The secret is shown once, under the form.
 */
export function NewApiTokenForm() {
  const [state, action, pending] = useActionState<SettingsState, FormData>(newApiToken, {});
  return (
    <form action={action} className="space-y-3">
      <div>
        <label htmlFor="token-name" className="text-sm font-medium text-slate-900">Token name</label>
        <input id="token-name" name="name" required maxLength={80} placeholder="Who will use it, e.g. Website form" className={`${inputClass} mt-1`} />
      </div>
      <fieldset>
        <legend className="text-sm font-medium text-slate-900">What it may call</legend>
        <div className="mt-1 space-y-1">
          {OPEN_API_TOKEN_SCOPES.map((scope) => (
            <label key={scope} className="flex items-start gap-2 text-sm text-slate-700">
              <input type="checkbox" name="scopes" value={scope} defaultChecked={scope === "requests"} className="mt-0.5" />
              <span>{API_TOKEN_SCOPE_LABELS[scope]}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div>
        <label htmlFor="token-expiry" className="text-sm font-medium text-slate-900">Expires after</label>
        <select id="token-expiry" name="expiresInDays" defaultValue="365" className={`${inputClass} mt-1 sm:w-48`}>
          {EXPIRY_CHOICES.map((c) => <option key={c.value} value={c.value}>{c.label}</option>)}
        </select>
      </div>
      <FormStatus state={state} />
      <button type="submit" disabled={pending} className={buttonClass}>{pending ? "Creating…" : "Create token"}</button>
    </form>
  );
}
