/** One phrase the analysis looks for: a label for the reasons and a pattern over normalized text. */
export interface PhraseRule {
  label: string;
  pattern: RegExp;
  /** When true, a negation just before the phrase ("not", "don't"...) cancels it. */
  negatable: boolean;
}

/** Builds a rule; patterns are compiled global so every occurrence can be checked for negation. */
export function phrase(label: string, source: string, negatable = true): PhraseRule {
  return { label, pattern: new RegExp(source, "g"), negatable };
}

/** Lowercase, accents removed, curly apostrophes straightened, whitespace collapsed: what every rule matches against. */
export function normalizeText(text: string): string {
  // Decomposing accents is the slow step; plain ASCII texts (most SMS) skip it.
  const plain = /^[\x00-\x7f]*$/.test(text) ? text : text.normalize("NFD").replace(/\p{M}/gu, "").replace(/[\u2018\u2019]/g, "'");
  return plain.toLowerCase().replace(/\s+/g, " ").trim();
}

const NEGATION = /\b(?:not|no|never|don't|dont|do not|won't|wont|isn't|aren't|haven't|hasn't|didn't|can't|without)\b/;
const CLAUSE_BREAK = /[.,;:!?]/g;

/**
 * True when a negation sits in the three words before `index`, within the same clause:
 * "not selling yet" is negated, "No, I need to sell fast" is not (the comma ends the clause).
 */
export function isNegated(text: string, index: number): boolean {
  let before = text.slice(Math.max(0, index - 40), index);
  let lastBreak = -1;
  for (const m of before.matchAll(CLAUSE_BREAK)) lastBreak = m.index;
  if (lastBreak >= 0) before = before.slice(lastBreak + 1);
  const words = before.trim().split(" ");
  return NEGATION.test(words.slice(-3).join(" "));
}

/** The first rule that matches (and is not negated), with the text it matched; null when none does. */
export function findPhrase(text: string, rules: readonly PhraseRule[]): { label: string; matched: string } | null {
  if (text.length === 0) return null;
  for (const rule of rules) {
    // exec on the shared global pattern instead of matchAll, which clones the pattern each call.
    const pattern = rule.pattern;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      if (!rule.negatable || !isNegated(text, m.index)) {
        pattern.lastIndex = 0;
        return { label: rule.label, matched: m[0] };
      }
      if (m[0].length === 0) pattern.lastIndex += 1;
    }
  }
  return null;
}
