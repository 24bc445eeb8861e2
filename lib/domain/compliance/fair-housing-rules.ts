/**
 * The Fair Housing phrase tables' shape and the engine that applies them: each rule is a phrase
 * over folded text with its protected class, severity, plain-words explanation and rewording,
 * plus the little context it needs (another phrase in the same sentence, a qualifier that
 * makes it lawful such as stated 55+ senior housing).
 */
import type { Finding } from "./verdict";
import { foldText, matchSpans, phrase, sentenceSpans, type Span } from "./fair-housing-text";

export interface FairHousingRule {
  /** The protected class (FHA or California FEHA): familial_status, religion, age ... */
  category: string;
  severity: "block" | "warn";
  /** A phrase over folded text (see `phrase`): a space is any run of spaces or hyphens. */
  pattern: string;
  /** The rule fires only when the same sentence also holds this phrase. */
  withInSentence?: string;
  /** The match is lawful when the sentence holds this phrase. */
  unlessInSentence?: string;
  /** The match is lawful when the message anywhere holds this phrase (stated senior housing). */
  unlessInMessage?: string;
  explanation: string;
  /** How to say it about the property instead. */
  suggestion: string;
}

/** A message that states qualified housing for older persons (HOPA: 55+ or 62+). */
export const SENIOR_HOUSING = "(?:55|62)\\s*(?:\\+|plus|and (?:older|over|up)|or (?:older|over)|y mas|o mas|years (?:and|or) (?:older|over))|housing for older persons|hopa|(?:55|62) and over";

const compiled = new Map<string, RegExp>();
const compile = (source: string): RegExp => {
  let re = compiled.get(source);
  if (!re) compiled.set(source, (re = phrase(source)));
  return re;
};
const holds = (source: string, folded: string, span?: Span) =>
  matchSpans(compile(source), span ? folded.slice(span.start, span.end) : folded).length > 0;

interface Hit extends Span {
  rule: FairHousingRule;
}

/** Every place `rules` fire in `text`, one finding per class for overlapping words, blocks first. */
export function applyFairHousingRules(text: string, rules: readonly FairHousingRule[]): Finding[] {
  const folded = foldText(text);
  const sentences = sentenceSpans(folded);
  const hits: Hit[] = [];
  for (const rule of rules) {
    if (rule.unlessInMessage && holds(rule.unlessInMessage, folded)) continue;
    for (const span of matchSpans(compile(rule.pattern), folded)) {
      const sentence = sentences.find((s) => s.start <= span.start && span.start < s.end) ?? { start: 0, end: folded.length };
      if (rule.unlessInSentence && holds(rule.unlessInSentence, folded, sentence)) continue;
      if (rule.withInSentence) {
        const other = matchSpans(compile(rule.withInSentence), folded.slice(sentence.start, sentence.end))[0];
        if (!other) continue;
        const start = Math.min(span.start, sentence.start + other.start);
        const end = Math.max(span.end, sentence.start + other.end);
        hits.push({ rule, start, end });
        continue;
      }
      hits.push({ rule, ...span });
    }
  }
  const rank = (h: Hit) => (h.rule.severity === "block" ? 0 : 1);
  hits.sort((a, b) => rank(a) - rank(b) || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Hit[] = [];
  for (const hit of hits) {
    const overlaps = kept.some((k) => k.rule.category === hit.rule.category && k.start < hit.end && hit.start < k.end);
    if (!overlaps) kept.push(hit);
  }
  return kept
    .sort((a, b) => a.start - b.start)
    .map(({ rule, start, end }) => ({
      rule: "fair_housing" as const,
      category: rule.category,
      severity: rule.severity,
      excerpt: text.slice(start, end),
      explanation: rule.explanation,
      suggestion: rule.suggestion,
    }));
}
