/**
 * Text folding and phrase matching for the message checks: case, accents, curly quotes and dashes
 * stop mattering, while every character keeps its place, so a match on the folded text slices the
 * author's own words out of the original. Shared by the Fair Housing and opt-out classifiers.
 */

const PLAIN: Record<string, string> = { "\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-", "\u00a0": " " };
const ASCII = /^[\x00-\x7f]*$/;

function foldChar(ch: string): string {
  const plain = PLAIN[ch];
  if (plain) return plain;
  const lower = ch.toLowerCase();
  const base = lower.length === ch.length ? lower.normalize("NFD").charAt(0) : ch;
  return base.length === ch.length ? base : ch;
}

/** `text` in lower case without accents, one character for each of the original's ("Niños" -> "ninos"). */
export function foldText(text: string): string {
  if (ASCII.test(text)) return text.toLowerCase();
  let folded = "";
  let plainFrom = 0;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) < 0x80) continue;
    const wide = text.codePointAt(i)! > 0xffff;
    folded += text.slice(plainFrom, i).toLowerCase() + foldChar(text.slice(i, wide ? i + 2 : i + 1));
    if (wide) i++;
    plainFrom = i + 1;
  }
  return folded + text.slice(plainFrom).toLowerCase();
}

/**
 * A phrase pattern written over folded text: a space stands for any run of spaces or hyphens
 * ("kid friendly" matches "Kid-friendly"), and the phrase must start and end on word edges
 * ("kids" does not match inside "skids").
 */
export function phrase(source: string, flags = "g"): RegExp {
  const spaced = source.replace(/ /g, "[\\s\\-/]+");
  return new RegExp(`(?<![a-z0-9])(?:${spaced})(?![a-z0-9])`, flags);
}

export interface Span {
  start: number;
  end: number;
}

const BREAKS = /(?<!\b(?:st|ave|dr|blvd|mr|mrs|ms|sr|sra|no|approx))[.!?;]+(?=\s|$)|\n+/g;

/** The sentences of a folded text as spans: split at . ! ? ; and line breaks (not inside "St. Mary's" or "$1.2M"). */
export function sentenceSpans(folded: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  BREAKS.lastIndex = 0;
  for (let m = BREAKS.exec(folded); m; m = BREAKS.exec(folded)) {
    const end = m.index + m[0].length;
    if (folded.slice(start, end).trim()) spans.push({ start, end });
    start = end;
  }
  if (folded.slice(start).trim()) spans.push({ start, end: folded.length });
  return spans;
}

/** Every match of `pattern` in `folded` as a span, as `matchAll` finds them. */
export function matchSpans(pattern: RegExp, folded: string): Span[] {
  const global = pattern.global ? pattern : new RegExp(pattern.source, pattern.flags + "g");
  const spans: Span[] = [];
  global.lastIndex = 0;
  for (let m = global.exec(folded); m; m = global.exec(folded)) {
    spans.push({ start: m.index, end: m.index + m[0].length });
    if (m[0].length === 0) global.lastIndex++;
  }
  return spans;
}

/** The first match of a global `pattern` in `folded`, or undefined. */
export function firstSpan(pattern: RegExp, folded: string): Span | undefined {
  pattern.lastIndex = 0;
  const m = pattern.exec(folded);
  return m ? { start: m.index, end: m.index + m[0].length } : undefined;
}
