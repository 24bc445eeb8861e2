"use server";

import { revalidatePath } from "next/cache";
import { getViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db/client";
import { createApiToken, revokeApiToken } from "@/lib/services/api-tokens";
import type { Result } from "@/lib/services/result";
import { OFFER_ROLES } from "@/lib/domain/assignment/offer-timeout";
import { MAPPED_FACTS } from "@/lib/domain/intake/custom-fields";
import { SEVERITIES } from "@/lib/domain/team/vocabulary";
import { rotateWorkflowToken, updateEscalationSla, updateFollowUpCadence, updateGhlKeys, updateHandoffLimits, updateOfferTimeouts, updateRoutingWeights } from "@/lib/services/update-settings";
import { updateGhlFieldMapping } from "@/lib/services/settings/field-mapping";
import { addGhlLocation, removeGhlLocation } from "@/lib/services/settings/ghl-locations";
import { updateMarketAliases } from "@/lib/services/settings/market-aliases";
import { formAction } from "@/lib/http/form-action";

export type SettingsState = { ok?: boolean; error?: string; secret?: string };

const num = (form: FormData, key: string) => (form.get(key) === "" || form.get(key) === null ? NaN : Number(form.get(key)));

/** Runs a settings service for the signed-in person and turns its result into form state. */
async function run<T>(call: (viewer: NonNullable<Awaited<ReturnType<typeof getViewer>>>) => Promise<Result<T>>, secret?: (data: T) => string): Promise<SettingsState> {
  const viewer = await getViewer();
  if (!viewer) return { error: "Your session expired. Sign in again, then save." };
  const result = await call(viewer);
  if (!result.ok) return { error: result.error };
  revalidatePath("/settings");
  return { ok: true, secret: secret?.(result.data) };
}

export const saveWeights = formAction(async function saveWeights(_prev: SettingsState, form: FormData): Promise<SettingsState> {
  const input = Object.fromEntries(["expertise", "workload", "successRate", "preferenceFit", "commission"].map((k) => [k, num(form, k)]));
  return run((viewer) => updateRoutingWeights(getDb(), viewer, input));
});

export const saveOfferTimeouts = formAction(async function saveOfferTimeouts(_prev: SettingsState, form: FormData): Promise<SettingsState> {
  const byRole = Object.fromEntries(OFFER_ROLES.filter((role) => String(form.get(`role.${role}`) ?? "").trim() !== "").map((role) => [role, num(form, `role.${role}`)]));
  return run((viewer) => updateOfferTimeouts(getDb(), viewer, { hot: num(form, "hot"), default: num(form, "default"), byRole }));
});

export const saveEscalationSla = formAction(async function saveEscalationSla(_prev: SettingsState, form: FormData): Promise<SettingsState> {
  const input = Object.fromEntries(SEVERITIES.map((s) => [s, { ackMinutes: num(form, `${s}.ack`), resolveMinutes: num(form, `${s}.resolve`) }]));
  return run((viewer) => updateEscalationSla(getDb(), viewer, input));
});

export const saveHandoffLimits = formAction(async function saveHandoffLimits(_prev: SettingsState, form: FormData): Promise<SettingsState> {
  return run((viewer) => updateHandoffLimits(getDb(), viewer, { samePairMinutes: num(form, "samePairMinutes"), perHour: num(form, "perHour"), perDay: num(form, "perDay") }));
});

export const saveFollowUpCadence = formAction(async function saveFollowUpCadence(_prev: SettingsState, form: FormData): Promise<SettingsState> {
  const input = { days: String(form.get("days") ?? ""), thenEveryDays: num(form, "thenEveryDays"), maxAttempts: num(form, "maxAttempts"), windowStart: String(form.get("windowStart") ?? ""), windowEnd: String(form.get("windowEnd") ?? "") };
  return run((viewer) => updateFollowUpCadence(getDb(), viewer, input));
});

export const saveGhlKeys = formAction(async function saveGhlKeys(_prev: SettingsState, form: FormData): Promise<SettingsState> {
  return run((viewer) => updateGhlKeys(getDb(), viewer, { publicKey: String(form.get("publicKey") ?? ""), allowLegacyRsa: form.get("allowLegacyRsa") === "on" }));
});

export async function newWorkflowToken(): Promise<SettingsState> {
  return run((viewer) => rotateWorkflowToken(getDb(), viewer), (d) => d.token);
}

export const newApiToken = formAction(async function newApiToken(_prev: SettingsState, form: FormData): Promise<SettingsState> {
  return run((viewer) => createApiToken(getDb(), viewer, { name: form.get("name"), scopes: form.getAll("scopes"), expiresInDays: form.get("expiresInDays") }), (d) => d.token);
});

export const revokeToken = formAction(async function revokeToken(_prev: SettingsState, form: FormData): Promise<SettingsState> {
  return run((viewer) => revokeApiToken(getDb(), viewer, String(form.get("tokenId") ?? "")));
});

const field = (form: FormData, key: string) => String(form.get(key) ?? "");

export const addGhlLocationId = formAction(async function addGhlLocationId(_prev: SettingsState, form: FormData): Promise<SettingsState> {
  return run((viewer) => addGhlLocation(getDb(), viewer, { locationId: field(form, "locationId") }));
});

export const removeGhlLocationId = formAction(async function removeGhlLocationId(_prev: SettingsState, form: FormData): Promise<SettingsState> {
  return run((viewer) => removeGhlLocation(getDb(), viewer, { locationId: field(form, "locationId") }));
});

export const saveFieldMapping = formAction(async function saveFieldMapping(_prev: SettingsState, form: FormData): Promise<SettingsState> {
  return run((viewer) => updateGhlFieldMapping(getDb(), viewer, Object.fromEntries(MAPPED_FACTS.map((fact) => [fact, field(form, fact)]))));
});

export const saveMarketAliases = formAction(async function saveMarketAliases(_prev: SettingsState, form: FormData): Promise<SettingsState> {
  return run((viewer) => updateMarketAliases(getDb(), viewer, { marketId: field(form, "marketId"), aliases: field(form, "aliases") }));
});
