import type { ConversationLanguage } from "./language";
import { ENGLISH_TEMPLATES } from "./templates-en";
import { SPANISH_TEMPLATES } from "./templates-es";

/** The message_templates table's check on a key. */
export const TEMPLATE_KEY = /^[a-z0-9_.]{2,64}$/;
/** The most an SMS may carry in Jorge's standard. */
export const SMS_MAX_CHARS = 320;
/** A subject line stays short enough to read on a phone. */
export const SUBJECT_MAX_CHARS = 120;

/** Every template the AI seat sends, and the variables each may use. */
const VARIABLES: Readonly<Record<string, readonly string[]>> = {
  "first_touch.seller": ["firstName"],
  "first_touch.buyer": ["firstName"],
  "ask.address": ["firstName"],
  "ask.motivation": ["firstName"],
  "ask.timeline": ["firstName"],
  "ask.condition": ["firstName"],
  "ask.price": ["firstName"],
  "ask.budget": ["firstName"],
  "ask.pre_approval": ["firstName"],
  "ask.bedrooms": ["firstName"],
  "ask.move_in": ["firstName"],
  disclosure: ["firstName"],
  opt_out_confirmation: [],
  opt_in_confirmation: [],
  handoff_to_person: ["firstName", "seatFirstName"],
  handoff_to_team: ["firstName"],
  escalated_to_person: ["firstName"],
  qualified_close: ["firstName"],
  "email_subject.first_touch": ["firstName"],
  "email_subject.handoff": ["firstName", "seatFirstName"],
};

export const TEMPLATE_KEYS: readonly string[] = Object.keys(VARIABLES);

/** The defaults by key and language, used where the organization has not stored its own. */
export const DEFAULT_TEMPLATES: Readonly<Record<string, Readonly<Record<ConversationLanguage, string>>>> = Object.fromEntries(
  TEMPLATE_KEYS.map((key) => [key, { en: ENGLISH_TEMPLATES[key]!, es: SPANISH_TEMPLATES[key]! }]),
);

/** The placeholders a template may use, or null when the key is not one of the AI seat's templates. */
export function templateVariables(key: string): readonly string[] | null {
  return VARIABLES[key] ?? null;
}

/** Whether a key names a subject line rather than a message body. */
export const isSubjectKey = (key: string) => key.startsWith("email_subject.");
