import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { can } from "@/lib/domain/auth/permissions";
import { reviewMessage } from "@/lib/domain/compliance/review";
import type { Finding } from "@/lib/domain/compliance/verdict";
import { CONVERSATION_LANGUAGES, type ConversationLanguage } from "@/lib/domain/conversation/language";
import { renderTemplate, validateTemplate } from "@/lib/domain/conversation/render-template";
import { DEFAULT_TEMPLATES, isSubjectKey, TEMPLATE_KEYS, templateVariables } from "@/lib/domain/conversation/templates";
import type { Db } from "@/lib/db/client";
import { recordAudit } from "@/lib/db/queries/audit";
import type { ViewerRecord } from "@/lib/db/queries/users";
import { messageTemplates } from "@/lib/db/schema";
import { describeIssues, fail, ok, type Result } from "../result";

/** One template as the editor shows it: the stored body or the default, and its placeholders. */
export interface TemplateEntry {
  key: string;
  language: ConversationLanguage;
  body: string;
  defaultBody: string;
  stored: boolean;
  variables: readonly string[];
  updatedAt: Date | null;
}

const target = z.object({
  key: z.enum(TEMPLATE_KEYS as [string, ...string[]], { error: "key must be one of the AI seat's templates" }),
  language: z.enum(CONVERSATION_LANGUAGES, { error: `language must be one of ${CONVERSATION_LANGUAGES.join(", ")}` }),
});
const edit = target.extend({ body: z.string({ error: "Write the template." }).trim().min(1, "The template is empty: write the message the client should receive.").max(2000, "A template is at most 2,000 characters.") });

/** Ordinary names to fill the placeholders with when the reviewer reads a template. */
const SAMPLE = { firstName: "Ana", seatFirstName: "Daniel" };
const OVERSEER_ONLY = "Only the overseer can change message templates.";

/** Every template key in both languages, the organization's stored body where there is one, otherwise the default. */
export async function listMessageTemplates(db: Db, organizationId: string): Promise<TemplateEntry[]> {
  const stored = await db.select().from(messageTemplates).where(eq(messageTemplates.organizationId, organizationId));
  return TEMPLATE_KEYS.flatMap((key) =>
    CONVERSATION_LANGUAGES.map((language) => {
      const own = stored.find((t) => t.key === key && t.language === language);
      const defaultBody = DEFAULT_TEMPLATES[key]![language];
      return { key, language, body: own?.body ?? defaultBody, defaultBody, stored: Boolean(own), variables: templateVariables(key) ?? [], updatedAt: own?.updatedAt ?? null };
    }),
  );
}

/** The quality gate's findings on a template filled with sample names: a subject is read as an email's subject, a body as a text. */
export function reviewTemplate(key: string, body: string, now: Date): Finding[] {
  const rendered = renderTemplate(body, SAMPLE, templateVariables(key) ?? []);
  if (!rendered.ok) return [];
  const subject = isSubjectKey(key);
  const verdict = reviewMessage(
    { text: rendered.text, direction: "outbound", channel: subject ? "Email" : "SMS" },
    { consent: { sms: true, email: true, optedOut: false }, authorKind: "template", ...(subject ? { email: { subject: rendered.text, fromName: "Team", fromAddress: "team@example.com", hasFooter: true } } : {}) },
    now,
  );
  return verdict.findings;
}

const said = (findings: Finding[]) => findings.map((f) => (f.excerpt ? `"${f.excerpt}": ${f.explanation}` : f.explanation)).join(" ");

/**
 * Saves the overseer's wording of one template: refused, naming the problem, when a placeholder
 * is unknown or malformed, it has an emoji or runs too long (validateTemplate), or the quality
 * gate blocks it filled with sample names; saved with the gate's warnings said otherwise. Audited.
 */
export async function saveMessageTemplate(db: Db, viewer: ViewerRecord, raw: unknown, now = new Date()): Promise<Result<{ warnings: string | null }>> {
  if (!can(viewer.permissions, "settings.manage")) return fail(403, OVERSEER_ONLY);
  const parsed = edit.safeParse(raw);
  if (!parsed.success) return fail(400, describeIssues(parsed.error));
  const { key, language, body } = parsed.data;
  const problems = validateTemplate(key, body);
  if (problems.length) return fail(400, problems.join(" "));
  const findings = reviewTemplate(key, body, now);
  const blocking = findings.filter((f) => f.severity === "block");
  if (blocking.length) return fail(422, `The quality gate blocks this template: ${said(blocking)}`);
  const warnings = findings.filter((f) => f.severity === "warn");
  await db.transaction(async (tx) => {
    await tx.insert(messageTemplates).values({ organizationId: viewer.organizationId, key, language, body, updatedByUserId: viewer.userId, updatedAt: now })
      .onConflictDoUpdate({ target: [messageTemplates.organizationId, messageTemplates.key, messageTemplates.language], set: { body, updatedByUserId: viewer.userId, updatedAt: now } });
    await recordAudit(tx, { organizationId: viewer.organizationId, actorType: "user", actorId: viewer.userId, action: "settings.template_saved", entityType: "message_template", entityId: `${key}:${language}`, data: { key, language, warnings: warnings.map((f) => f.category) } });
  });
  return ok({ warnings: warnings.length ? said(warnings) : null });
}

/** Puts one template back to the product's default (removing the stored wording); audited, and harmless when it is already the default. */
export async function resetMessageTemplate(db: Db, viewer: ViewerRecord, raw: unknown): Promise<Result<{ reset: boolean }>> {
  if (!can(viewer.permissions, "settings.manage")) return fail(403, OVERSEER_ONLY);
  const parsed = target.safeParse(raw);
  if (!parsed.success) return fail(400, describeIssues(parsed.error));
  const { key, language } = parsed.data;
  return db.transaction(async (tx) => {
    const removed = await tx.delete(messageTemplates).where(and(eq(messageTemplates.organizationId, viewer.organizationId), eq(messageTemplates.key, key), eq(messageTemplates.language, language))).returning({ key: messageTemplates.key });
    if (removed.length) await recordAudit(tx, { organizationId: viewer.organizationId, actorType: "user", actorId: viewer.userId, action: "settings.template_reset", entityType: "message_template", entityId: `${key}:${language}`, data: { key, language } });
    return ok({ reset: removed.length > 0 });
  });
}
