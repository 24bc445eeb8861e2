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

const YES = /^\s*(?:ye+s+|ye+a+h*|yep+|yu+p+|ya|sure|si|claro|correct|definitely|absolutely|of course|for sure|we are|i am|we do|i do|ok|okay|probably|prob|most likely|likely|probablemente)\b/;
const NO = /^\s*(?:no+|nope|na+h+|not really|not yet|negative|todavia no|aun no|probably not|prob not|not likely|unlikely|probablemente no)\b/;
/** A yes or no said further in, often hedged: "my husband handles that, I think so?", "creo que no". */
const LATE_YES = /\b(?:i think so|i believe so|i guess so|i hope so|think so|creo que si|pienso que si|supongo que si)\b/;
const LATE_NO = /\b(?:i don'?t think so|i doubt it|don'?t think so|creo que no|no creo)\b/;

/** A reply that starts with yes or no (English or Spanish), or says "I think so" / "creo que no" further in; or null. A hedge lowers the quality, not the answer. */
export function yesNo(folded: string): boolean | null {
  if (NO.test(folded) || LATE_NO.test(folded)) return false;
  if (YES.test(folded) || LATE_YES.test(folded)) return true;
  return null;
}

/** Capitalized words starting at `from` in the original text ("Las Vegas", "Wells Fargo"), up to three. */
export function properName(text: string, from: number): string | null {
  const m = /^\s*((?:[A-Z][\w.'&-]*)(?:\s+(?:[A-Z][\w.'&-]*)){0,2})/.exec(text.slice(from));
  if (!m) return null;
  const name = m[1]!.replace(/[.']+$/, "");
  return /^(?:I|I'm|We|My|Our|The|It|A|An|Soon|Next|This|Por|Para|El|La)$/.test(name) ? null : name;
}
