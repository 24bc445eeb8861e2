import { detectSpanish } from "@/lib/domain/routing/language";
import { SMS_MAX_CHARACTERS, type CheckedPhraseRequest } from "./phrase-request";

const EMOJI = /\p{Extended_Pictographic}/u;
const REFUSAL = /\b(I can(no|')t (help|assist|do that)|I'?m sorry, but|as an AI( language model)?|I am unable to|no puedo ayudar)\b/i;
const questions = (text: string) => (text.match(/\?/g) ?? []).length;
const folded = (text: string) => text.normalize("NFC").toLowerCase().replace(/\s+/g, " ");

/**
 * The model's answer when it can stand in for the template, else null (the caller sends the
 * template): not empty, within the SMS limit, no emoji, not a refusal, the same number of
 * questions as the template (at most one), every fact and the client's name kept, and the
 * template's language.
 */
export function acceptedPhrasing(answer: string | null | undefined, request: CheckedPhraseRequest): string | null {
  const text = answer?.trim().replace(/^["“]|["”]$/g, "").trim() ?? "";
  if (text === "" || text.length > SMS_MAX_CHARACTERS) return null;
  if (EMOJI.test(text) || REFUSAL.test(text)) return null;
  if (questions(text) !== Math.min(questions(request.template), 1)) return null;
  const kept = folded(text);
  const mustKeep = [...request.facts, ...(request.firstName && folded(request.template).includes(folded(request.firstName)) ? [request.firstName] : [])];
  if (mustKeep.some((fact) => !kept.includes(folded(fact)))) return null;
  if (request.language === "es" && detectSpanish(request.template).spanish && !detectSpanish(text).spanish) return null;
  if (request.language === "en" && detectSpanish(text).spanish) return null;
  return text;
}
