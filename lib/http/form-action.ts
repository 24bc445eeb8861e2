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
