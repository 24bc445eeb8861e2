/**
 * The carrier and FCC keywords: a clause that is only STOP, QUIT, END, REVOKE, OPT OUT, CANCEL,
 * UNSUBSCRIBE (or BAJA, ALTO, PARAR, CANCELAR), give or take "please" and punctuation, revokes
 * consent; START or UNSTOP alone gives it back. A keyword inside a sentence ("I'll stop by",
 * "el precio está alto") is not one, nor a bare "Stop!" of surprise before plain delight
 * ("Stop! That price is amazing"). A short message may spell one loosely ("Stopp", "s t o p",
 * "unsubscibe": see opt-out-typos).
 */
import { isDelightedStop } from "./opt-out-delight";
import { looseKeyword } from "./opt-out-typos";
import { foldText, phrase } from "./text-folding";

type Language = "en" | "es";

const OPT_OUT_KEYWORDS: ReadonlyMap<string, Language> = new Map([
  ...["stop", "stop all", "stopall", "quit", "end", "revoke", "opt out", "optout", "cancel", "unsubscribe", "remove", "remove me", "stop it", "stop now", "quit it"].map((k) => [k, "en"] as const),
  ...["baja", "alto", "parar", "para ya", "cancelar", "darme de baja", "dar de baja", "desuscribirme", "desuscribir", "desuscribanme", "desuscribeme"].map((k) => [k, "es"] as const),
]);
const OPT_IN_KEYWORDS: ReadonlyMap<string, Language> = new Map([
  ...["start", "unstop", "opt in", "optin", "subscribe", "resubscribe", "resume"].map((k) => [k, "en"] as const),
]);
const FILLER = new Set(["please", "pls", "plz", "plse", "now", "thanks", "thank", "you", "thx", "ty", "por", "favor", "porfa", "gracias", "ya", "ok", "okay"]);
/** A bare STOP that may be surprise rather than a request (see opt-out-delight). */
const EXCLAIMED = new Set(["stop", "stop it"]);

/** The first word of every keyword: a clause without one holds no keyword, and most texts have none at all. */
const KEYWORD_HEAD = phrase([...new Set([...OPT_OUT_KEYWORDS.keys(), ...OPT_IN_KEYWORDS.keys()].map((k) => k.split(" ")[0]!))].join("|"), "");
/** A clause whose every word is a keyword word or a polite filler: only such a clause can be a keyword. */
const KEYWORD_WORDS = [...new Set([...OPT_OUT_KEYWORDS.keys(), ...OPT_IN_KEYWORDS.keys(), ...FILLER].flatMap((k) => k.split(" ")))];
const ONLY_KEYWORD_WORDS = new RegExp(`^[^a-z0-9]*(?:(?:${KEYWORD_WORDS.join("|")})(?![a-z0-9])[^a-z0-9]*)+$`);
const CLAUSE = /[^.!?,;:\n()]+/g;
const QUOTED = /"[^"]*"/;
const NOT_A_WORD = /[^a-z0-9\s-]/g;
/** A message this short may be a keyword typed loosely ("Stopp", "s t o p", "unsubscibe"). */
const SHORT = 24;
const NOT_A_LETTER = /[^a-z]+/g;
const KEYWORDS = [...OPT_OUT_KEYWORDS.keys(), ...OPT_IN_KEYWORDS.keys()];

export interface KeywordHit {
  kind: "optOut" | "optIn";
  language: Language;
  /** The clause as it stands in the message. */
  excerpt: string;
}

/** The first clause of `text` (folded as `folded`) that is only a consent keyword. */
export function consentKeywordIn(text: string, folded: string): KeywordHit | undefined {
  if (!KEYWORD_HEAD.test(folded)) return folded.length <= SHORT ? looselyTyped(text, folded) : undefined;
  CLAUSE.lastIndex = 0;
  for (let m = CLAUSE.exec(folded); m; m = CLAUSE.exec(folded)) {
    if (!ONLY_KEYWORD_WORDS.test(m[0]) || QUOTED.test(m[0])) continue;
    const words = m[0].replace(NOT_A_WORD, " ").replace(/-/g, " ").split(/\s+/).filter(Boolean);
    const core = words.filter((w) => !FILLER.has(w)).join(" ");
    if (!core) continue;
    const end = m.index + m[0].length;
    if (EXCLAIMED.has(core) && words.length === core.split(" ").length && folded[end] === "!" && isDelightedStop(folded.slice(0, m.index), folded.slice(end))) continue;
    const excerpt = text.slice(m.index, end).trim();
    const out = OPT_OUT_KEYWORDS.get(core);
    if (out) return { kind: "optOut", language: out, excerpt };
    const back = OPT_IN_KEYWORDS.get(core);
    if (back) return { kind: "optIn", language: back, excerpt };
  }
  return undefined;
}

/** A short message whose letters alone spell a keyword loosely ("Stopp!", "s t o p", "unsubscibe"). */
function looselyTyped(text: string, folded: string): KeywordHit | undefined {
  const key = looseKeyword(folded.replace(NOT_A_LETTER, ""), KEYWORDS);
  if (!key) return undefined;
  const out = OPT_OUT_KEYWORDS.get(key);
  return out ? { kind: "optOut", language: out, excerpt: text.trim() } : { kind: "optIn", language: OPT_IN_KEYWORDS.get(key)!, excerpt: text.trim() };
}

/** The first clause of `text` that is only a consent keyword (with "please" and the like around it). */
export function findConsentKeyword(text: string): KeywordHit | undefined {
  return consentKeywordIn(text, foldText(text));
}
