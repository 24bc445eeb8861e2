"use server";

import { redirect } from "next/navigation";
import { getViewer, viewerCan } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db/client";
import { readRequestForm } from "@/lib/domain/intake/request-form";
import { formAction, formValues, refuseFields, type FormState } from "@/lib/http/form-action";
import { submitClientRequest } from "@/lib/services/submit-client-request";

export type RequestFormState = FormState;

/**
 * The overseer's "new client request": read in the form's words (each refusal on its field,
 * everything typed kept), recorded once, routed, then the client's page.
 */
export const submitRequestForm = formAction(async function submitRequestForm(_prev: RequestFormState, form: FormData): Promise<RequestFormState> {
  const viewer = await getViewer();
  if (!viewer) return { error: "Your session expired. Sign in again, then send the request.", values: formValues(form) };
  if (!viewerCan(viewer, "requests.create")) return { error: "Only the overseer can enter client requests." };
  const reading = readRequestForm(form.entries());
  if (!reading.ok) return refuseFields(form, reading.fieldErrors, reading.fieldErrors.externalId);
  const result = await submitClientRequest(getDb(), viewer.organizationId, "form", reading.input);
  if (!result.ok) return { error: result.error, values: formValues(form) };
  if (!result.data.clientId) return { error: result.data.error ?? "The request was recorded but could not be routed yet; it will be retried.", values: formValues(form) };
  redirect(`/clients/${result.data.clientId}?routed=${result.data.status}`);
});
