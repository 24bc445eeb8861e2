import { cleanText } from "@/lib/domain/input/clean-text";

/**
 * A copy of a submitted form with every text field cleaned (see cleanText), field names
 * included. File fields are dropped: no console form takes files, and a file where text is
 * expected would otherwise read as "[object File]". Anything that is not a FormData (a forged
 * call can send any value) becomes an empty form, so the action answers "missing field"
 * instead of crashing on form.get.
 */
export function cleanFormData(form: unknown): FormData {
  const clean = new FormData();
  if (!(form instanceof FormData)) return clean;
  for (const [name, value] of form.entries()) {
    if (typeof value === "string") clean.append(cleanText(name), cleanText(value));
  }
  return clean;
}

/**
 * Wraps a form's server action so it only ever sees a cleaned form (see cleanFormData): a NUL
 * or half an emoji in any field reaches the services as text PostgreSQL can store. Use it on
 * every exported action of an actions.ts file:
 * `export const save = formAction(async function save(prev: State, form: FormData): Promise<State> { … });`
 */
export function formAction<State, Result>(action: (prev: State, form: FormData) => Promise<Result>): (prev: State, form: FormData) => Promise<Result> {
  return async function cleanedFormAction(prev: State, form: FormData) {
    return action(prev, cleanFormData(form));
  };
}

/**
 * What a console form's action answers. `ok` with an optional `message` after a success; after
 * a refusal, `error` in words, `fieldErrors` keyed by the form's field names (each shown under
 * its field), and `values`, the text that was typed, to fill the form again.
 */
export interface FormState {
  ok?: boolean;
  message?: string;
  error?: string;
  fieldErrors?: Record<string, string>;
  values?: Record<string, string>;
}

/** Fields never sent back to the browser: passwords and tokens, and the password form's current / next / confirm. */
const SECRET_FIELD = /password|passphrase|secret|token|^(current|next|confirm)$/i;

/**
 * The text a person typed into a form, one value per field (the last of a repeated one), to
 * fill the form again after a refusal. Secrets (passwords, tokens) and the framework's own
 * fields ($ACTION_…) are left out.
 */
export function formValues(form: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of form.entries()) {
    if (typeof value !== "string" || name.startsWith("$ACTION") || SECRET_FIELD.test(name)) continue;
    values[name] = value;
  }
  return values;
}

/**
 * A refusal that keeps the form as it was: each field's error, what was typed, and a summary
 * for beside the submit button (by default, how many fields need a change).
 */
export function refuseFields(form: FormData, fieldErrors: Record<string, string>, error?: string): FormState {
  const count = Object.keys(fieldErrors).length;
  const summary = count === 0 ? "The form could not be sent: check it and send it again." : count === 1 ? "One field needs a change: it says what, above." : `${count} fields need a change: each says what, above.`;
  return { error: error ?? summary, fieldErrors, values: formValues(form) };
}
