"use server";

import { revalidatePath } from "next/cache";
import { getViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db/client";
import { formAction } from "@/lib/http/form-action";
import type { Result } from "@/lib/services/result";
import { saveEmailSender } from "@/lib/services/settings/email-sender";
import { resetMessageTemplate, saveMessageTemplate } from "@/lib/services/settings/message-templates";

/** What a template or sender form's action answers: saved (with a warning, if the gate gave one) or refused in words. */
export type TemplateState = { ok?: boolean; message?: string; warning?: string; error?: string };

const field = (form: FormData, name: string) => String(form.get(name) ?? "");

async function run<T>(call: (viewer: NonNullable<Awaited<ReturnType<typeof getViewer>>>) => Promise<Result<T>>, answer: (data: T) => TemplateState): Promise<TemplateState> {
  const viewer = await getViewer();
  if (!viewer) return { error: "Your session expired. Sign in again, then save." };
  const result = await call(viewer);
  if (!result.ok) return { error: result.error };
  revalidatePath("/settings");
  return { ok: true, ...answer(result.data) };
}

/** Saves the overseer's wording of one template (key and language), refused when a placeholder is wrong or the quality gate blocks it. */
export const saveTemplateAction = formAction(async function saveTemplateAction(_prev: TemplateState, form: FormData): Promise<TemplateState> {
  const input = { key: field(form, "key"), language: field(form, "language"), body: field(form, "body") };
  return run((viewer) => saveMessageTemplate(getDb(), viewer, input), (d) => (d.warnings ? { message: "Saved, with a warning from the quality gate:", warning: d.warnings } : { message: "Saved: the AI seat uses it from its next message." }));
});

/** Puts one template back to the product's default wording. */
export const resetTemplateAction = formAction(async function resetTemplateAction(_prev: TemplateState, form: FormData): Promise<TemplateState> {
  const input = { key: field(form, "key"), language: field(form, "language") };
  return run((viewer) => resetMessageTemplate(getDb(), viewer, input), (d) => ({ message: d.reset ? "Back to the default wording." : "It already uses the default wording." }));
});

/** Saves the email sender: name, reply address and the team's postal address for the CAN-SPAM footer. */
export const saveEmailSenderAction = formAction(async function saveEmailSenderAction(_prev: TemplateState, form: FormData): Promise<TemplateState> {
  const input = { fromName: field(form, "fromName"), fromAddress: field(form, "fromAddress"), postalAddress: field(form, "postalAddress") };
  return run((viewer) => saveEmailSender(getDb(), viewer, input), () => ({ message: "Email sender saved: the footer above shows what every email carries." }));
});
