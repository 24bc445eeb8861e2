import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { getViewer } from "@/lib/auth/viewer";
import type { ViewerRecord } from "@/lib/db/queries/users";
import { formValues, refuseFields, type FormState } from "@/lib/http/form-action";
import type { Result } from "@/lib/services/result";

/** The first message for each field of a failed form, keyed by the field's name. */
export function issuesByField(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) errors[String(issue.path[0] ?? "form")] ??= issue.message;
  return errors;
}

/** The text fields of a form, by name, for a service's input. */
export function fieldsOf(form: FormData, names: readonly string[]): Record<string, string | undefined> {
  return Object.fromEntries(names.map((name) => [name, form.has(name) ? String(form.get(name)) : undefined]));
}

/**
 * Runs a client-page service for the signed-in person: the session first, then the form against
 * the service's schema (each bad field named under itself), then the service. On success the
 * client's page and the other given paths refresh and the answer is the success message.
 */
export async function runOnClient<T>(
  form: FormData,
  schema: z.ZodType,
  input: Record<string, unknown>,
  run: (viewer: ViewerRecord) => Promise<Result<T>>,
  message: (data: T) => string,
  alsoRefresh: readonly string[] = [],
): Promise<FormState> {
  const viewer = await getViewer();
  if (!viewer) return { error: "Your session expired. Sign in again, then try once more." };
  const checked = schema.safeParse(input);
  if (!checked.success) return refuseFields(form, issuesByField(checked.error));
  const result = await run(viewer);
  if (!result.ok) return { error: result.error, values: formValues(form) };
  revalidatePath(`/clients/${String(input.clientId ?? "")}`);
  for (const path of alsoRefresh) revalidatePath(path);
  return { ok: true, message: message(result.data) };
}
