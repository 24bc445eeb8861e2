/**
 * Text folding for the message checks: case, accents, curly quotes and dashes stop mattering, while
 * every character keeps its place, so a match on the folded text slices the author's own words
 * out of the original.
 */

const PLAIN: Record<string, string> = { "\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-", "\u00a0": " " };

/** `text` in lower case without accents, one character for each of the original's ("Niños" -> "ninos"). */
export function foldText(text: string): string {
  let folded = "";
  for (const ch of text) {
    const plain = PLAIN[ch];
    if (plain) {
      folded += plain;
      continue;
    }
    const lower = ch.toLowerCase();
    const base = lower.length === ch.length ? lower.normalize("NFD").charAt(0) : ch;
    folded += base.length === ch.length ? base : ch;
  }
  return folded;
}

/**
 * A phrase pattern written over folded text: a space stands for any run of spaces or hyphens
 * ("kid friendly" matches "Kid-friendly"), and the phrase must start and end on word edges
 * ("kids" does not match inside "skids").
 */
export function phrase(source: string): RegExp {
  const spaced = source.replace(/ /g, "[\\s\\-/]+");
  return new RegExp(`(?<![a-z0-9])(?:${spaced})(?![a-z0-9])`, "g");
}

export interface Span {
  start: number;
  end: number;
}

/** The sentences of a folded text as spans: split at . ! ? ; and line breaks (not inside "St. Mary's" or "$1.2M"). */
export function sentenceSpans(folded: string): Span[] {
  const spans: Span[] = [];
  const breaks = /(?<!\b(?:st|ave|dr|blvd|mr|mrs|ms|sr|sra|no|approx))[.!?;]+(?=\s|$)|\n+/g;
  let start = 0;
  for (const m of folded.matchAll(breaks)) {
    const end = m.index + m[0].length;
    if (folded.slice(start, end).trim()) spans.push({ start, end });
    start = end;
  }
  if (folded.slice(start).trim()) spans.push({ start, end: folded.length });
  return spans;
}

/** Every match of `pattern` in `folded` as a span. */
export function matchSpans(pattern: RegExp, folded: string): Span[] {
  const global = pattern.global ? pattern : new RegExp(pattern.source, pattern.flags + "g");
  return [...folded.matchAll(global)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}
