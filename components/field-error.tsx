"use client";

import { useFormAnswer } from "@/components/action-form";

/**
 * One field of the surrounding ActionForm as its last answer left it: the error to show under
 * it, the value to fill it with again, and the props that tie the input to its error (and to a
 * hint, when the field has one): `<input {...field.inputProps} defaultValue={field.value} />`.
 */
export function useField(name: string, hintId?: string) {
  const { state, idPrefix } = useFormAnswer();
  const error = state.fieldErrors?.[name];
  const errorId = `${idPrefix}-${name}-error`;
  const describedBy = [error ? errorId : null, hintId ?? null].filter(Boolean).join(" ");
  return {
    error,
    errorId,
    value: state.values?.[name],
    inputProps: { "aria-invalid": error ? (true as const) : undefined, "aria-describedby": describedBy || undefined },
  };
}

/** The error of one field, in words, under it; nothing while the field is fine. Pair it with useField. */
export function FieldError({ name }: { name: string }) {
  const { error, errorId } = useField(name);
  if (!error) return null;
  return (
    <p id={errorId} className="mt-1 flex items-start gap-1.5 text-sm font-medium text-red-700">
      <svg aria-hidden="true" viewBox="0 0 20 20" className="mt-0.5 h-4 w-4 shrink-0 fill-current">
        <path d="M10 1.5a8.5 8.5 0 1 0 0 17 8.5 8.5 0 0 0 0-17Zm-.9 4.5h1.8v5.5H9.1V6Zm.9 9a1.1 1.1 0 1 1 0-2.2 1.1 1.1 0 0 1 0 2.2Z" />
      </svg>
      <span>{error}</span>
    </p>
  );
}
