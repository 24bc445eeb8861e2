"use server";

import { redirect } from "next/navigation";
import { getViewer, viewerCan } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db/client";
import { submitClientRequest } from "@/lib/services/submit-client-request";
import { formAction } from "@/lib/http/form-action";

export type RequestFormState = { error?: string; values?: Record<string, string> };

const TEXT = ["firstName", "lastName", "email", "phone", "type", "stage", "postalCode", "city", "propertyAddress", "language", "message", "tags", "externalId"] as const;
const MONEY = ["budgetMin", "budgetMax", "priceExpectation", "timelineDays"] as const;

/** Builds the shared request shape from the form; blank fields are simply absent. */
function toInput(form: FormData) {
  const text = (k: string) => String(form.get(k) ?? "").trim() || undefined;
  const number = (k: string) => (text(k) === undefined ? undefined : Number(text(k)!.replace(/[$,\s]/g, "")));
  return {
    contact: { firstName: text("firstName") ?? "", lastName: text("lastName"), email: text("email"), phone: text("phone") },
    type: text("type"),
    stage: text("stage"),
    postalCode: text("postalCode"),
    city: text("city"),
    propertyAddress: text("propertyAddress"),
    language: text("language"),
    message: text("message"),
    tags: text("tags")?.split(",").map((t) => t.trim()).filter(Boolean) ?? [],
    smsConsent: form.get("smsConsent") === "on",
    emailConsent: form.get("emailConsent") === "on",
    preApproved: form.get("preApproved") === "on",
    externalId: text("externalId"),
    ...Object.fromEntries(MONEY.map((k) => [k, number(k)])),
  };
}

/** The overseer's "new client request": validated, recorded once, routed, then the client's page. */
export const submitRequestForm = formAction(async function submitRequestForm(_prev: RequestFormState, form: FormData): Promise<RequestFormState> {
  const viewer = await getViewer();
  if (!viewer) return { error: "Your session expired. Sign in again, then send the request." };
  if (!viewerCan(viewer, "requests.create")) return { error: "Only the overseer can enter client requests." };
  const values = Object.fromEntries([...TEXT, ...MONEY].map((k) => [k, String(form.get(k) ?? "")]));
  const result = await submitClientRequest(getDb(), viewer.organizationId, "form", toInput(form));
  if (!result.ok) return { error: result.error, values };
  if (!result.data.clientId) return { error: result.data.error ?? "The request was recorded but could not be routed yet; it will be retried.", values };
  redirect(`/clients/${result.data.clientId}?routed=${result.data.status}`);
});
