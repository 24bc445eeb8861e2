import type { ConversationLanguage } from "./language";
import { renderTemplate } from "./render-template";
import { DEFAULT_TEMPLATES, SMS_MAX_CHARS, templateVariables } from "./templates";

/** A template the organization stored (message_templates). */
export interface StoredTemplate {
  key: string;
  language: string;
  body: string;
}

/** A rendered reply part, and any problem with the stored template that was set aside for the default. */
export interface ReplyPart {
  key: string;
  text: string;
  problem: string | null;
}

/**
 * The text of one template for a client: the organization's stored body for the key and
 * language when it renders, otherwise the default (with the stored one's problem said, so the
 * overseer can fix it). Null only when neither renders, which the default tests rule out.
 */
export function replyPart(key: string, language: ConversationLanguage, vars: Readonly<Record<string, string>>, stored: readonly StoredTemplate[]): ReplyPart | null {
  const allowed = templateVariables(key) ?? [];
  const own = stored.find((t) => t.key === key && t.language === language);
  let problem: string | null = null;
  if (own) {
    const rendered = renderTemplate(own.body, vars, allowed);
    if (rendered.ok && rendered.text.length <= SMS_MAX_CHARS) return { key, text: rendered.text, problem: null };
    problem = `The stored "${key}" (${language}) template was not used: ${rendered.ok ? `it is ${rendered.text.length} characters, over ${SMS_MAX_CHARS}` : rendered.error}`;
  }
  const fallback = DEFAULT_TEMPLATES[key]?.[language];
  if (fallback === undefined) return null;
  const rendered = renderTemplate(fallback, vars, allowed);
  return rendered.ok ? { key, text: rendered.text, problem } : null;
}

/** Parts joined into one SMS as long as the whole stays within 320 characters; the first part always goes. */
export function composeSms(parts: readonly ReplyPart[]): { text: string; used: ReplyPart[] } {
  const used: ReplyPart[] = [];
  let text = "";
  for (const part of parts) {
    const next = text ? `${text} ${part.text}` : part.text;
    if (text && next.length > SMS_MAX_CHARS) break;
    text = next;
    used.push(part);
  }
  return { text, used };
}
