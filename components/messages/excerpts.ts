/** Where the quality gate's findings sit in a message, and the one-click rewording a finding offers. */

/** A run of the message's text, marked when a finding is about it. */
export interface TextPart {
  text: string;
  marked: boolean;
}

const lower = (s: string) => s.toLocaleLowerCase("en-US");

/** The message cut into runs with each finding's excerpt marked (found without regard to case; overlaps merge). */
export function markExcerpts(text: string, excerpts: readonly string[]): TextPart[] {
  const hay = lower(text);
  const spans = excerpts
    .filter((e) => e.trim().length > 0)
    .flatMap((e) => {
      const at = hay.indexOf(lower(e));
      return at < 0 ? [] : [[at, at + e.length] as const];
    })
    .sort((a, b) => a[0] - b[0]);
  const parts: TextPart[] = [];
  let cursor = 0;
  for (const [start, end] of spans) {
    if (end <= cursor) continue;
    const from = Math.max(start, cursor);
    if (from > cursor) parts.push({ text: text.slice(cursor, from), marked: false });
    parts.push({ text: text.slice(from, end), marked: true });
    cursor = end;
  }
  if (cursor < text.length) parts.push({ text: text.slice(cursor), marked: false });
  return parts;
}

/** Suggestions that give advice to the writer ("Describe the street instead"), not words to put in the message. */
const ADVICE = /^(add|ask|build|call|describe|describa|keep|name|record|say|schedule|send|state)\b/i;
const DROP = /^(drop it|remove it|quítelo|elimínelo)\b/i;
const QUOTED = /["“]([^"”]{2,})["”]/;

/** Tidies the spacing and punctuation a replacement leaves: doubled spaces, a space before a comma, a comma at the start. */
function tidy(text: string): string {
  return text.replace(/[ \t]{2,}/g, " ").replace(/[ \t]+([,.;!?])/g, "$1").replace(/([,;])\s*([,.;!?])/g, "$2").replace(/^\s*[,;]\s*/, "").trim();
}

/**
 * The message reworded as a finding suggests, or null when its suggestion is advice rather than
 * words (or the excerpt is no longer in the text): a quoted phrase in the suggestion replaces
 * the excerpt, "Drop it" removes the excerpt, and a plain suggestion replaces the excerpt as it stands.
 */
export function reworded(text: string, finding: { excerpt: string; suggestion?: string | null }): string | null {
  const suggestion = finding.suggestion?.trim();
  if (!suggestion || !finding.excerpt.trim()) return null;
  const at = lower(text).indexOf(lower(finding.excerpt));
  if (at < 0) return null;
  const quoted = QUOTED.exec(suggestion)?.[1];
  const replacement = quoted ?? (DROP.test(suggestion) ? "" : ADVICE.test(suggestion) ? null : suggestion);
  if (replacement === null) return null;
  const result = tidy(`${text.slice(0, at)}${replacement}${text.slice(at + finding.excerpt.length)}`);
  const capitalized = at === 0 ? result.charAt(0).toLocaleUpperCase("en-US") + result.slice(1) : result;
  return capitalized && capitalized !== text ? capitalized : null;
}
