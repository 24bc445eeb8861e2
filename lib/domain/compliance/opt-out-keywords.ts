/**
 * The carrier and FCC keywords: a clause that is only STOP, QUIT, END, REVOKE, OPT OUT, CANCEL,
 * UNSUBSCRIBE (or BAJA, ALTO, PARAR, CANCELAR), give or take "please" and punctuation, revokes
 * consent; START or UNSTOP alone gives it back. A keyword inside a sentence ("I'll stop by",
 * "el precio está alto") is not one.
 */
import { foldText } from "./fair-housing-text";

type Language = "en" | "es";

const OPT_OUT_KEYWORDS: ReadonlyMap<string, Language> = new Map([
  ...["stop", "stop all", "stopall", "quit", "end", "revoke", "opt out", "optout", "cancel", "unsubscribe", "remove", "remove me", "stop it", "stop now", "quit it"].map((k) => [k, "en"] as const),
  ...["baja", "alto", "parar", "para ya", "cancelar", "darme de baja", "dar de baja"].map((k) => [k, "es"] as const),
]);
const OPT_IN_KEYWORDS: ReadonlyMap<string, Language> = new Map([
  ...["start", "unstop", "opt in", "optin", "subscribe", "resubscribe", "resume"].map((k) => [k, "en"] as const),
]);
const FILLER = new Set(["please", "pls", "plz", "plse", "now", "thanks", "thank", "you", "thx", "ty", "por", "favor", "porfa", "gracias", "ya", "ok", "okay"]);

export interface KeywordHit {
  kind: "optOut" | "optIn";
  language: Language;
  /** The clause as it stands in the message. */
  excerpt: string;
}

/** The first clause of `text` that is only a consent keyword (with "please" and the like around it). */
export function findConsentKeyword(text: string): KeywordHit | undefined {
  const folded = foldText(text);
  for (const m of folded.matchAll(/[^.!?,;:\n()]+/g)) {
    if (/"[^"]*"/.test(m[0])) continue;
    const words = m[0].replace(/[^a-z0-9\s-]/g, " ").replace(/-/g, " ").split(/\s+/).filter(Boolean);
    const core = words.filter((w) => !FILLER.has(w)).join(" ");
    if (!core) continue;
    const excerpt = text.slice(m.index, m.index + m[0].length).trim();
    const out = OPT_OUT_KEYWORDS.get(core);
    if (out) return { kind: "optOut", language: out, excerpt };
    const back = OPT_IN_KEYWORDS.get(core);
    if (back) return { kind: "optIn", language: back, excerpt };
  }
  return undefined;
}
