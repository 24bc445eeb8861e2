/**
 * Many phrases over one folded text, fast: each phrase's required words (see required-literals)
 * are looked for first in one pass, and only the phrases whose words occur are matched. A clean
 * message costs that one cheap pass; the matches are exactly those of each phrase alone.
 */
import { requiredLiterals } from "./required-literals";
import { phrase, type Span } from "./text-folding";

/** Phrases compiled once, at module load, for `scanPhrases`. */
export interface PhraseSet {
  readonly patterns: readonly RegExp[];
  /** Every required word of every phrase, longest first, as one global pattern. */
  readonly words: RegExp | null;
  /** The phrases a found word (or a word it starts with) may belong to. */
  readonly phrasesOf: ReadonlyMap<string, readonly number[]>;
  /** The phrases without a required word, tried on every text. */
  readonly always: readonly number[];
  /** Which phrases the text at hand may match; reset by each scan (a scan runs to its end before another starts). */
  readonly tried: Uint8Array;
}

export interface PhraseMatch extends Span {
  /** The index of the phrase in the set. */
  phrase: number;
}

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&");

/** Compiles `sources` (phrase patterns, see `phrase`) for `scanPhrases`. */
export function phraseSet(sources: readonly string[]): PhraseSet {
  const patterns = sources.map((source) => phrase(source));
  const owners = new Map<string, number[]>();
  const always: number[] = [];
  sources.forEach((source, i) => {
    const words = requiredLiterals(source.replace(/ /g, "[\\s\\-/]+"));
    if (!words) always.push(i);
    for (const word of words ?? []) owners.set(word, [...(owners.get(word) ?? []), i]);
  });
  const words = [...owners.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const phrasesOf = new Map(words.map((word) => [word, [...new Set(words.filter((w) => word.startsWith(w)).flatMap((w) => owners.get(w)!))]]));
  return { patterns, words: words.length ? new RegExp(words.map(escape).join("|"), "g") : null, phrasesOf, always, tried: new Uint8Array(sources.length) };
}

/** Marks in `set.tried` the phrases that may match `folded`: those whose required words occur in it, and those without any. */
function markCandidates(set: PhraseSet, folded: string): boolean {
  const { words, tried } = set;
  let any = false;
  if (words) {
    words.lastIndex = 0;
    for (let m = words.exec(folded); m; m = words.exec(folded)) {
      for (const i of set.phrasesOf.get(m[0])!) tried[i] = 1;
      any = true;
      words.lastIndex = m.index + 1;
    }
  }
  for (const i of set.always) tried[i] = 1;
  return any || set.always.length > 0;
}

/**
 * Every match of every phrase of `set` in `folded`, by phrase and then left to right, exactly as
 * `matchSpans` of each phrase alone finds them.
 */
export function scanPhrases(set: PhraseSet, folded: string): PhraseMatch[] {
  if (!markCandidates(set, folded)) return [];
  const { tried, patterns } = set;
  const found: PhraseMatch[] = [];
  for (let i = 0; i < tried.length; i++) {
    if (!tried[i]) continue;
    tried[i] = 0;
    const re = patterns[i]!;
    re.lastIndex = 0;
    for (let m = re.exec(folded); m; m = re.exec(folded)) {
      found.push({ phrase: i, start: m.index, end: m.index + m[0].length });
      if (m[0].length === 0) re.lastIndex++;
    }
  }
  return found;
}
