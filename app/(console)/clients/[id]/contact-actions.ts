"use server";

import { getDb } from "@/lib/db/client";
import { formAction, type FormState } from "@/lib/http/form-action";
import { escalateByHand, escalateByHandSchema } from "@/lib/services/clients/escalate-by-hand";
import { logContact, logContactSchema } from "@/lib/services/clients/log-contact";
import { fieldsOf, runOnClient } from "./on-client";

/** Logs a call or meeting with the client, how it ended and a short note. */
export const logContactAction = formAction(async function logContactAction(_prev: FormState, form: FormData): Promise<FormState> {
  const input = fieldsOf(form, ["clientId", "channel", "direction", "outcome", "note"]);
  return runOnClient(form, logContactSchema, input, (viewer) => logContact(getDb(), viewer, input), () => (input.channel === "meeting" ? "Meeting logged." : "Call logged."));
});

/** Brings the client to Jorge by hand, with a reason and a severity. */
export const escalateToJorgeAction = formAction(async function escalateToJorgeAction(_prev: FormState, form: FormData): Promise<FormState> {
  const input = fieldsOf(form, ["clientId", "severity", "reason"]);
  return runOnClient(form, escalateByHandSchema, input, (viewer) => escalateByHand(getDb(), viewer, input), (sent) => sent.message, ["/escalations"]);
});
