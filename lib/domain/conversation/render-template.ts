import { isSubjectKey, SMS_MAX_CHARS, SUBJECT_MAX_CHARS, TEMPLATE_KEY, templateVariables } from "./templates";

export type Rendered = { ok: true; text: string } | { ok: false; error: string };

const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;
const NAME = /^[a-zA-Z][a-zA-Z0-9]*$/;
const EMOJI = /[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}]/u;
/** Values as long as real ones get, so a length check holds for any client. */
const SAMPLE: Readonly<Record<string, string>> = { firstName: "Maximiliana", seatFirstName: "Bartholomew" };

/**
 * A template with its {{name}} placeholders filled. Refuses, naming the placeholder, a
 * placeholder outside `allowed` (by default the variables given) or one without a value, and a
 * stray "{{" or "}}", so a client never receives "{{x}}". Spacing left by an empty value is tidied.
 */
export function renderTemplate(body: string, vars: Readonly<Record<string, string>>, allowed: readonly string[] = Object.keys(vars)): Rendered {
  for (const m of body.matchAll(PLACEHOLDER)) {
    const name = m[1]!;
    if (!NAME.test(name) || !allowed.includes(name)) return { ok: false, error: `Unknown placeholder "${m[0]}": use one of ${allowed.length ? allowed.map((a) => `{{${a}}}`).join(", ") : "none (this template takes no placeholders)"}.` };
    if (typeof vars[name] !== "string") return { ok: false, error: `No value for "${m[0]}": the sender must supply ${name}.` };
  }
  const text = body.replace(PLACEHOLDER, (_, name: string) => vars[name]!);
  if (text.includes("{{") || text.includes("}}")) return { ok: false, error: 'A "{{" or "}}" is not closed: write placeholders as {{name}}.' };
  return { ok: true, text: text.replace(/[ \t]+([,.;!?])/g, "$1").replace(/[ \t]{2,}/g, " ").trim() };
}

/**
 * What is wrong with a template an editor wrote for a key, each problem in words (empty when
 * it is fine): the key's form, unknown or malformed placeholders, emojis, and a body that,
 * filled with long names, would pass the SMS line (320 characters) or a subject's 120.
 */
export function validateTemplate(key: string, body: string): string[] {
  const problems: string[] = [];
  if (!TEMPLATE_KEY.test(key)) problems.push(`The key "${key}" must be 2-64 lowercase letters, digits, "_" or ".".`);
  const allowed = templateVariables(key);
  if (allowed === null) problems.push(`"${key}" is not a template the AI seat sends.`);
  if (body.trim().length === 0) return [...problems, "The template is empty: write the message the client should receive."];
  if (EMOJI.test(body)) problems.push("Remove the emoji: Jorge's messages use none.");
  const rendered = renderTemplate(body, SAMPLE, allowed ?? []);
  if (!rendered.ok) return [...problems, rendered.error];
  const limit = isSubjectKey(key) ? SUBJECT_MAX_CHARS : SMS_MAX_CHARS;
  if (rendered.text.length > limit) problems.push(`With long names it is ${rendered.text.length} characters; keep it at ${limit} or fewer.`);
  return problems;
}
