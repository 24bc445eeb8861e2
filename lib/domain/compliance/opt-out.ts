/**
 * Whether an inbound message revokes consent to be contacted or gives it back (TCPA, and the FCC
 * rule in force since April 2025: any reasonable means, in the client's language). Keywords
 * count only as a clause of their own; plain-language requests count unless negated ("don't
 * stop sending listings"), about the client's own plans ("should I stop texting you?"), about
 * someone else's list ("unsubscribe me from the HOA newsletter"), or only about calls while the
 * client keeps texting. When a message both revokes and opts back in, its last word counts.
 */
import { consentKeywordIn } from "./opt-out-keywords";
import { CONSENT_PHRASES, FIRST_PERSON_BEFORE, KEEPS_TEXTS, NEGATED_BEFORE, SOMEONE_ELSE } from "./opt-out-phrases";
import { phraseSet, scanPhrases } from "./phrase-scan";
import { foldText } from "./text-folding";

export interface ConsentSignal {
  optOut: boolean;
  optIn: boolean;
  excerpt?: string;
  language?: "en" | "es";
}

interface Hit {
  kind: "optOut" | "optIn";
  language: "en" | "es";
  at: number;
  excerpt: string;
}

const PHRASES = phraseSet(CONSENT_PHRASES.map((p) => p.pattern));
const CALL = /\bcall/;

/** The phrase matches that stand once negation, the client's own plans, another list and a kept channel are weighed. */
function phraseHits(text: string, folded: string): Hit[] {
  const hits: Hit[] = [];
  for (const { phrase: i, start, end } of scanPhrases(PHRASES, folded)) {
    const p = CONSENT_PHRASES[i]!;
    const before = folded.slice(Math.max(0, start - 30), start);
    if (NEGATED_BEFORE.test(before) || (p.notFirstPerson && FIRST_PERSON_BEFORE.test(before))) continue;
    if (SOMEONE_ELSE.test(folded.slice(start, end + 40))) continue;
    if (p.kind === "optOut" && CALL.test(folded.slice(start, end)) && KEEPS_TEXTS.test(folded)) continue;
    hits.push({ kind: p.kind, language: p.language, at: start, excerpt: text.slice(start, end) });
  }
  return hits;
}

/** Whether an inbound message revokes consent (STOP ..., "stop texting me", "no me manden más mensajes", BAJA, ALTO) or opts back in (START, UNSTOP). */
export function detectConsentSignal(text: string): ConsentSignal {
  const folded = foldText(text);
  const hits = phraseHits(text, folded);
  const keyword = consentKeywordIn(text, folded);
  if (keyword) hits.push({ ...keyword, at: folded.indexOf(foldText(keyword.excerpt)) });
  if (hits.length === 0) return { optOut: false, optIn: false };
  const last = hits.reduce((a, b) => (b.at > a.at ? b : a));
  return { optOut: last.kind === "optOut", optIn: last.kind === "optIn", excerpt: last.excerpt, language: last.language };
}
