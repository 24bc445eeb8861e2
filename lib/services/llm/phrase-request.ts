import { z } from "zod";

/** The SMS limit Jorge's standard sets for a text. */
export const SMS_MAX_CHARACTERS = 320;

/** What the caller asks to have rephrased: a template already filled in, and the facts it carries. */
export const phraseRequestSchema = z.object({
  template: z.string().trim().min(1, "Give the template text to rephrase").max(SMS_MAX_CHARACTERS, `The template is at most ${SMS_MAX_CHARACTERS} characters`),
  purpose: z.string().trim().min(1, "Say what the message is for, such as a follow-up").max(80),
  language: z.enum(["en", "es"], { message: "language must be en or es" }),
  firstName: z.string().trim().max(80).default(""),
  /** Names, prices, dates and times the rephrasing must keep word for word. */
  facts: z.array(z.string().trim().min(1).max(120)).max(12).default([]),
});
export type PhraseRequest = z.input<typeof phraseRequestSchema>;
export type CheckedPhraseRequest = z.output<typeof phraseRequestSchema>;

const LANGUAGE = { en: "English", es: "Spanish" } as const;

/** The chat messages that ask the model for one rephrasing in Jorge's tone, same question, same facts, same language. */
export function phraseMessages(request: CheckedPhraseRequest): { role: "system" | "user"; content: string }[] {
  const system = [
    "You rephrase one text message from Jorge Salas's real-estate team in Rancho Cucamonga, California, to a client.",
    "Tone: friendly and consultative, never pushy. No emojis. No hashtags.",
    `At most ${SMS_MAX_CHARACTERS} characters. Exactly one question: the same question the template asks, if it asks one; never add another.`,
    "Keep every fact (names, prices, dates, times, addresses) exactly as written. Add no promise, price or fact of your own.",
    `Write in ${LANGUAGE[request.language]}. Answer with the message text only, without quotes.`,
  ].join("\n");
  const user = [
    `Purpose: ${request.purpose}`,
    request.firstName ? `Client's first name: ${request.firstName}` : "Client's first name: unknown (do not invent one)",
    request.facts.length ? `Facts to keep word for word: ${request.facts.join(" | ")}` : "Facts to keep: those in the template",
    `Template: ${request.template}`,
  ].join("\n");
  return [{ role: "system", content: system }, { role: "user", content: user }];
}
