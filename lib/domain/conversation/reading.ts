import { fold, type ExtractionContext } from "./answer";

/** One message as every field reader sees it: the words (found ones blanked), the folded copy, the context. */
export interface Reading {
  /** The client's words, with words an earlier reader used blanked out (offsets unchanged). */
  text: string;
  /** The client's words as written, for excerpts (same offsets as `text`). */
  original: string;
  /** `text` lowercased without accents, offset for offset. */
  folded: string;
  ctx: ExtractionContext;
}

/** A reading of `text` in `ctx`; `original` is the unmasked message when `text` has words blanked. */
export function reading(text: string, ctx: ExtractionContext, original: string = text): Reading {
  return { text, original, folded: fold(text), ctx };
}

const YES = /^\s*(?:yes|yeah|yea|yep|yup|ya|sure|si|claro|correct|definitely|absolutely|of course|for sure|we are|i am|we do|i do|ok|okay)\b/;
const NO = /^\s*(?:no|nope|nah|not really|not yet|negative|todavia no|aun no)\b/;

/** A reply that starts with yes or no (English or Spanish), or null. */
export function yesNo(folded: string): boolean | null {
  if (NO.test(folded)) return false;
  if (YES.test(folded)) return true;
  return null;
}

/** Capitalized words starting at `from` in the original text ("Las Vegas", "Wells Fargo"), up to three. */
export function properName(text: string, from: number): string | null {
  const m = /^\s*((?:[A-Z][\w.'&-]*)(?:\s+(?:[A-Z][\w.'&-]*)){0,2})/.exec(text.slice(from));
  if (!m) return null;
  const name = m[1]!.replace(/[.']+$/, "");
  return /^(?:I|I'm|We|My|Our|The|It|A|An|Soon|Next|This|Por|Para|El|La)$/.test(name) ? null : name;
}
