"use client";

import { useActionState, useState } from "react";
import { savePassword, type PasswordState } from "@/app/(console)/account/actions";
import { FIELD } from "@/components/action-form";
import type { PasswordField } from "@/lib/domain/auth/password-rules";
import { MIN_PASSWORD_LENGTH } from "@/lib/domain/auth/password-rules";

const FIELDS: readonly { name: PasswordField; label: string; autoComplete: string; hint?: string }[] = [
  { name: "current", label: "Current password", autoComplete: "current-password" },
  { name: "next", label: "New password", autoComplete: "new-password", hint: `At least ${MIN_PASSWORD_LENGTH} characters.` },
  { name: "confirm", label: "New password again", autoComplete: "new-password" },
];

const EMPTY: Record<PasswordField, string> = { current: "", next: "", confirm: "" };

/**
 * Current password, new password twice. The fields are controlled, so what was typed stays
 * after a refusal (and never travels back from the server); each error sits under its field.
 */
export function PasswordForm() {
  const [values, setValues] = useState(EMPTY);
  const [state, action, pending] = useActionState<PasswordState, FormData>(async (prev, form) => {
    const result = await savePassword(prev, form);
    // A saved password should not linger in the form.
    if (result.ok) setValues(EMPTY);
    return result;
  }, {});
  return (
    <form action={action} className="space-y-3" noValidate data-testid="password-form">
      {FIELDS.map((field) => {
        const error = state.fieldErrors?.[field.name];
        const describedBy = [error ? `${field.name}-error` : null, field.hint ? `${field.name}-hint` : null].filter(Boolean).join(" ") || undefined;
        return (
          <div key={field.name}>
            <label htmlFor={`password-${field.name}`} className="block text-sm font-medium text-slate-700">{field.label}</label>
            <input id={`password-${field.name}`} name={field.name} type="password" autoComplete={field.autoComplete} required value={values[field.name]}
              onChange={(e) => setValues((v) => ({ ...v, [field.name]: e.target.value }))} aria-invalid={error ? true : undefined} aria-describedby={describedBy}
              className={`mt-1 ${FIELD} ${error ? "border-red-400" : ""}`} />
            {field.hint ? <p id={`${field.name}-hint`} className="mt-0.5 text-xs text-slate-500">{field.hint}</p> : null}
            {error ? <p id={`${field.name}-error`} className="mt-1 text-sm text-red-700">{error}</p> : null}
          </div>
        );
      })}
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p role={state.error ? "alert" : "status"} className={`min-w-0 flex-1 text-sm ${state.error ? "text-red-700" : "text-emerald-700"}`}>
          {state.error ?? (state.ok ? state.message : "")}
        </p>
        <button type="submit" disabled={pending} className="shrink-0 rounded-lg bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700 disabled:opacity-70">
          {pending ? "Changing…" : "Change password"}
        </button>
      </div>
    </form>
  );
}
