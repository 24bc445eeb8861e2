"use client";

import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes } from "react";
import { FieldError, useField } from "@/components/field-error";

/** Inputs of the New request form: 44px tall and 16px text on a phone (so it does not zoom), compact on a desk. */
export const INPUT =
  "mt-1 block min-h-11 w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-base placeholder:text-slate-500 sm:min-h-0 sm:text-sm aria-invalid:border-red-600 aria-invalid:ring-1 aria-invalid:ring-red-600";
const LABEL = "block text-sm font-medium text-slate-800";
const HINT = "mt-1 text-xs text-slate-600";

const idOf = (name: string) => `rq-${name}`;

/** A labelled text field tied to its hint and its error, filled again with what was typed after a refusal. */
export function TextField({ name, label, hint, suggestions, ...rest }: { name: string; label: string; hint?: string; suggestions?: readonly string[] } & InputHTMLAttributes<HTMLInputElement>) {
  const hintId = hint ? `${idOf(name)}-hint` : undefined;
  const field = useField(name, hintId);
  const listId = suggestions ? `${idOf(name)}-suggestions` : undefined;
  return (
    <div>
      <label htmlFor={idOf(name)} className={LABEL}>{label}</label>
      <input id={idOf(name)} name={name} defaultValue={field.value} list={listId} className={INPUT} {...field.inputProps} {...rest} />
      <FieldError name={name} />
      {hint ? <p id={hintId} className={HINT}>{hint}</p> : null}
      {suggestions ? <datalist id={listId}>{suggestions.map((option) => <option key={option} value={option} />)}</datalist> : null}
    </div>
  );
}

/** A labelled select tied to its hint and its error; the caller decides whether it is controlled. */
export function SelectField({ name, label, hint, children, ...rest }: { name: string; label: string; hint?: ReactNode; children: ReactNode } & SelectHTMLAttributes<HTMLSelectElement>) {
  const hintId = hint ? `${idOf(name)}-hint` : undefined;
  const field = useField(name, hintId);
  return (
    <div>
      <label htmlFor={idOf(name)} className={LABEL}>{label}</label>
      <select id={idOf(name)} name={name} className={INPUT} {...field.inputProps} {...rest}>{children}</select>
      <FieldError name={name} />
      {hint ? <p id={hintId} className={HINT}>{hint}</p> : null}
    </div>
  );
}

/** A question with a few exclusive answers, as radio buttons big enough to tap, under a legend. */
export function ChoiceField({ name, legend, choices, fallback }: { name: string; legend: string; choices: readonly (readonly [value: string, label: string])[]; fallback: string }) {
  const field = useField(name);
  const chosen = field.value ?? fallback;
  return (
    <fieldset aria-describedby={field.inputProps["aria-describedby"]} aria-invalid={field.inputProps["aria-invalid"]}>
      <legend className={LABEL}>{legend}</legend>
      <div className="mt-1 flex flex-wrap gap-2">
        {choices.map(([value, label]) => (
          <label key={value} className="flex min-h-11 cursor-pointer items-center gap-2 rounded-lg border border-slate-300 bg-white px-3 text-sm text-slate-800 has-checked:border-brand-600 has-checked:bg-brand-50 sm:min-h-9">
            <input type="radio" name={name} value={value} defaultChecked={chosen === value} className="h-4 w-4 accent-brand-600" />
            {label}
          </label>
        ))}
      </div>
      <FieldError name={name} />
    </fieldset>
  );
}

/** A yes-or-nothing agreement as a checkbox with its label as the tap target. */
export function CheckField({ name, label }: { name: string; label: string }) {
  const field = useField(name);
  return (
    <label className="flex min-h-11 cursor-pointer items-center gap-2 text-sm text-slate-800 sm:min-h-0">
      <input type="checkbox" name={name} defaultChecked={field.value === "on"} className="h-4 w-4 accent-brand-600" />
      {label}
    </label>
  );
}
