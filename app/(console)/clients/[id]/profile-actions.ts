"use server";

import { getDb } from "@/lib/db/client";
import { formAction, type FormState } from "@/lib/http/form-action";
import { changeClientStage, changeStageSchema } from "@/lib/services/clients/change-stage";
import { editClientProfile } from "@/lib/services/clients/edit-profile";
import { profileSchema } from "@/lib/services/clients/profile-input";
import { fieldsOf, runOnClient } from "./on-client";

const PROFILE_FIELDS = ["clientId", "firstName", "lastName", "email", "phone", "propertyAddress", "city", "postalCode", "language", "timeZone", "budget", "price", "timelineDays", "preApproved", "preApprovalAmount", "smsConsent", "emailConsent"] as const;

/** Saves the client's profile; each field that cannot be saved says why under itself. */
export const saveProfileAction = formAction(async function saveProfileAction(_prev: FormState, form: FormData): Promise<FormState> {
  const input = fieldsOf(form, PROFILE_FIELDS);
  return runOnClient(form, profileSchema, input, (viewer) => editClientProfile(getDb(), viewer, input), (saved) => (saved.changed.length ? "Profile saved." : "Nothing changed."), ["/clients"]);
});

/** Moves the client to another stage of their pipeline. */
export const changeStageAction = formAction(async function changeStageAction(_prev: FormState, form: FormData): Promise<FormState> {
  const input = fieldsOf(form, ["clientId", "stage"]);
  return runOnClient(form, changeStageSchema, input, (viewer) => changeClientStage(getDb(), viewer, input), (moved) => `Moved from ${moved.from} to ${moved.to}.`, ["/clients", "/"]);
});
