/**
 * The Fair Housing phrase tables' shape and the engine that applies them: each rule is a phrase
 * over folded text with its protected class, severity, plain-words explanation and rewording,
 * plus the little context it needs (another phrase in the same sentence, a qualifier that
 * makes it lawful such as stated 55+ senior housing). A table is compiled once into one scan,
 * so a clean message costs a single pass over its folded text.
 */
import type { Finding } from "./verdict";
import { phraseSet, scanPhrases, type PhraseSet } from "./phrase-scan";
import { firstSpan, foldText, phrase, sentenceSpans, type Span } from "./text-folding";

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

const DENIED = "(?:not|isn't|isnt|is not|no|non|never|nor|wasn't|aren't|ain't) (?:an? |the |even an? )?";

/** A message that states qualified housing for older persons (HOPA: 55+ or 62+); "not a 55+ park" does not. */
export const SENIOR_HOUSING = `(?<!${DENIED})(?:(?:55|62)\\s*(?:\\+|plus|and (?:older|over|up)|or (?:older|over)|y mas|o mas|years (?:and|or) (?:older|over))|housing for older persons|hopa|(?:55|62) and over)`;

const contexts = new Map<string, RegExp>();
const context = (source: string): RegExp => {
  let re = contexts.get(source);
  if (!re) contexts.set(source, (re = phrase(source)));
  return re;
};

/** A table compiled once: its phrases as one scan, its context phrases as patterns. */
const compiledTables = new WeakMap<readonly FairHousingRule[], PhraseSet>();
function compiledTable(rules: readonly FairHousingRule[]): PhraseSet {
  let set = compiledTables.get(rules);
  if (!set) {
    set = phraseSet(rules.map((rule) => rule.pattern));
    for (const rule of rules) [rule.withInSentence, rule.unlessInSentence, rule.unlessInMessage].forEach((source) => source && context(source));
    compiledTables.set(rules, set);
  }
  return set;
}

interface Hit extends Span {
  rule: FairHousingRule;
}

const rank = (h: Hit) => (h.rule.severity === "block" ? 0 : 1);
/** Blocks first, then the longest words, then the earliest. */
const blocksThenLongest = (a: Hit, b: Hit) => rank(a) - rank(b) || b.end - b.start - (a.end - a.start) || a.start - b.start;
const byStart = (a: Hit, b: Hit) => a.start - b.start;

/** Where `rule`'s match at `span` stands once its sentence context is weighed, or undefined when the context lifts it. */
function inContext(rule: FairHousingRule, span: Span, folded: string, sentence: Span): Span | undefined {
  const words = folded.slice(sentence.start, sentence.end);
  if (rule.unlessInSentence && firstSpan(context(rule.unlessInSentence), words)) return undefined;
  if (!rule.withInSentence) return span;
  const other = firstSpan(context(rule.withInSentence), words);
  if (!other) return undefined;
  return { start: Math.min(span.start, sentence.start + other.start), end: Math.max(span.end, sentence.start + other.end) };
}

/** Every place `rules` fire in `text` (folded: `folded`), one finding per class for overlapping words, blocks first. */
export function applyFairHousingRules(text: string, rules: readonly FairHousingRule[], folded = foldText(text)): Finding[] {
  const matches = scanPhrases(compiledTable(rules), folded);
  if (matches.length === 0) return [];
  let lifted: Map<string, boolean> | undefined;
  let sentences: Span[] | undefined;
  const hits: Hit[] = [];
  for (const match of matches) {
    const rule = rules[match.phrase]!;
    if (rule.unlessInMessage) {
      lifted ??= new Map();
      let lawful = lifted.get(rule.unlessInMessage);
      if (lawful === undefined) lifted.set(rule.unlessInMessage, (lawful = firstSpan(context(rule.unlessInMessage), folded) !== undefined));
      if (lawful) continue;
    }
    if (!rule.withInSentence && !rule.unlessInSentence) {
      hits.push({ rule, start: match.start, end: match.end });
      continue;
    }
    sentences ??= sentenceSpans(folded);
    const sentence = sentences.find((s) => s.start <= match.start && match.start < s.end) ?? { start: 0, end: folded.length };
    const span = inContext(rule, match, folded, sentence);
    if (span) hits.push({ rule, start: span.start, end: span.end });
  }
  hits.sort(blocksThenLongest);
  const kept: Hit[] = [];
  for (const hit of hits) if (!kept.some((k) => k.rule.category === hit.rule.category && k.start < hit.end && hit.start < k.end)) kept.push(hit);
  return kept
    .sort(byStart)
    .map(({ rule, start, end }) => ({
      rule: "fair_housing" as const,
      category: rule.category,
      severity: rule.severity,
      excerpt: text.slice(start, end),
      explanation: rule.explanation,
      suggestion: rule.suggestion,
    }));
}
