import type { ReviewContext, ReviewInput } from "./review-input";
import type { Finding } from "./verdict";

/**
 * A client asking whether they talk to a machine: "are you a bot?", "is this a real person",
 * "am I texting with AI", "¿eres un robot?", "¿hablo con una persona?". Matched on the text as
 * written (any case, accents optional).
 */
export const DISCLOSURE_QUESTION = new RegExp(
  [
    String.raw`\b(?:are (?:you|u)|is (?:this|that|it)|am i (?:talking|chatting|texting|speaking|writing) (?:to|with))\b[^.?!]{0,25}?\b(?:real (?:person|human)|real(?=\s*\?)|human|person|bot|robot|ai|a\.i\.|automated|machine|computer)\b`,
    String.raw`\b(?:eres|es usted|es esto|estoy hablando con|hablo con|me contesta|me escribe)\b[^.?!]{0,25}?\b(?:un (?:bot|robot)|una? (?:persona|humano|m[aá]quina|computadora)|(?:persona )?real|autom[aá]tic[oa]|inteligencia artificial|ia)(?![\wÀ-ɏ])`,
  ].join("|"),
  "i",
);

/** An automated author saying it is a person: "I'm a real person", "this is not a bot", "soy una persona real". */
const CLAIMS_HUMAN = new RegExp(
  [
    String.raw`\b(?:i'?m|i am)\s+(?:a\s+)?(?:(?:real|actual|live)\s+(?:person|human)|human(?: being)?)\b`,
    String.raw`\b(?:i'?m|i am|this is|this isn'?t|it'?s|it is)\s+(?:not\s+)?(?:a\s+|an\s+)?(?:bot|robot|machine|computer|ai|automated)\b(?<=(?:not|n't)\s+(?:a\s+|an\s+)?\w+)`,
    String.raw`\bsoy\s+(?:una\s+)?persona(?:\s+real)?\b|\bsoy\s+(?:un\s+)?(?:ser\s+)?humano\b|\bno\s+soy\s+(?:un\s+)?(?:bot|robot|m[aá]quina|programa)\b|\besto\s+no\s+es\s+un\s+(?:bot|robot)\b`,
  ].join("|"),
  "i",
);

/**
 * California SB 1001: an inbound question about talking to a machine is an info finding (the
 * reply must say it is automated); an AI-written outbound message claiming to be a person blocks.
 */
export function checkDisclosure(input: ReviewInput, context: ReviewContext | undefined): Finding[] {
  if (input.direction === "inbound") {
    const asked = DISCLOSURE_QUESTION.exec(input.text);
    return asked ? [{ rule: "ai_disclosure", category: "disclosure_question", severity: "info", excerpt: asked[0], explanation: "The client asks whether they are talking to a machine: an automated reply must say it is automated (California SB 1001).", suggestion: "I'm the team's automated assistant; Jorge or a teammate can call you whenever you like." }] : [];
  }
  if (context?.authorKind !== "ai") return [];
  const claim = CLAIMS_HUMAN.exec(input.text);
  return claim ? [{ rule: "ai_disclosure", category: "claims_human", severity: "block", excerpt: claim[0], explanation: "An automated message may not claim to be a person (California SB 1001).", suggestion: "Say it is the team's automated assistant and offer a person." }] : [];
}
