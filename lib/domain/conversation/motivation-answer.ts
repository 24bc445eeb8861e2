import { clarity, excerptOf, isUnknownReply, sentenceAround, type Found } from "./answer";
import { properName, type Reading } from "./reading";

/** Why a seller sells, as the team groups it; "other" is a reason in the client's words that fits none. */
export const MOTIVATIONS = ["relocation", "downsizing", "upsizing", "retiring", "divorce", "inherited", "family", "financial", "equity", "other"] as const;
export type Motivation = (typeof MOTIVATIONS)[number];

/*
 * Matched against folded text (lowercase, no accents). Downsizing is tried before upsizing so
 * "muy grande para nosotros" (too big for us) is not read as wanting more room. A divorce is
 * also an escalation word: it is recorded here, and the escalation triggers stop the AI seat.
 */
const REASONS: readonly (readonly [Motivation, RegExp])[] = [
  ["divorce", /\b(?:divorc\w*|separat(?:ed|ing|ion)|splitting up)\b/],
  ["retiring", /\b(?:retir(?:e|ed|ing|ement)|jubil\w*)\b/],
  ["relocation", /\b(?:relocat\w*|transferr?(?:ed|ing)|new job|job (?:in|offer)|for (?:work|my job|his job|her job)|work(?:ing)? (?:in|out of)|(?:me|nos|lo|la) transfieren|(?:por|de) (?:el |mi |su )?trabajo|trabajo (?:nuevo|en))\b/],
  ["downsizing", /\b(?:downsiz\w*|too big|too much house|too large|kids (?:moved out|are grown|left)|empty nest\w*|something smaller|smaller (?:place|home|house)|(?:muy|demasiado) grande para|mas pequena|algo mas chico)\b/],
  ["upsizing", /\b(?:growing family|need (?:more )?(?:space|room)|more (?:space|room)|bigger (?:place|home|house)|baby on the way|outgrown|mas espacio|mas grande|familia (?:esta )?creciendo)\b/],
  ["inherited", /\b(?:inherit\w*|passed away|(?:mom|dad|mother|father|parents?|grandma|grandpa) passed|herencia|heredamos|herede|fallecio)\b/],
  ["family", /\b(?:closer to (?:family|my|our|the kids|grand\w*)|near (?:family|my family|our family)|be with (?:family|my family)|cerca de (?:mi|la|nuestra) familia)\b/],
  ["financial", /\b(?:can'?t afford|cannot afford|too expensive|payments? (?:are |is )?too high|no (?:podemos|puedo) pagar)\b/],
  ["equity", /\b(?:cash out|equity|take (?:the|our|my) profit|prices are high|while the market is hot)\b/],
];
/** Where the seller goes: "moving to Las Vegas", "retiring to Arizona", "nos mudamos a Texas", "job in Seattle". */
const GOING_TO = /\b(?:moving|move|relocating|relocate|retiring|transferred|going|headed|heading|closer to family|family|job|work|mudarnos|mudamos|mudar|nos vamos|me voy|transfieren|regresamos)\s+(?:back\s+)?(?:to|in|a|en)\s+/g;
const QUESTION = /\?\s*$|^\s*(?:who|what|why|how|when|quien|que|por que|como)\b/;
/** A reply that turns the sale down gives no reason for it: "not interested", "we decided to stay", "ya no vamos a vender". */
const NOT_SELLING = /\b(?:not interested|no longer interested|(?:decided|going) to stay|staying put|not selling|(?:won'?t|will not|not going to|aren'?t going to) sell|changed (?:our|my) minds?|off the market|wrong number|stop texting|no (?:estoy|estamos) interesad[oa]s?|ya no (?:vamos a |queremos )?vender|nos quedamos|no vamos a vender|cambiamos de opinion)\b/;

/** The longest clause of the reply that no earlier reader took words from, as written: the reason in the client's own words. */
function untouchedClause(r: Reading): string {
  let best = "";
  for (const m of r.original.matchAll(/[^.!?;,]+/g)) {
    const clause = excerptOf(r.original, m.index, m.index + m[0].length);
    if (r.text.slice(m.index, m.index + m[0].length) === m[0] && clause.length > best.length) best = clause;
  }
  return best;
}

function destination(r: Reading): { place: string; end: number } | null {
  for (const m of r.folded.matchAll(GOING_TO)) {
    const place = properName(r.text, m.index + m[0].length);
    if (place) return { place, end: m.index + m[0].length + place.length };
  }
  return null;
}

/**
 * Why the seller sells and where they go: a reason from the table above and a destination,
 * either one enough when stated clearly; in reply to the motivation question, any other
 * clause of four words or more is kept as the reason in the client's words ("other"), unless
 * an earlier reader took it ("we can be out in 60 days" is a timeline) or it turns the sale down.
 */
export function readMotivation(r: Reading): Found | null {
  if (r.ctx.pipeline !== "seller") return null;
  const asked = r.ctx.lastQuestion === "motivation";
  const reason = REASONS.map(([name, pattern]) => [name, pattern.exec(r.folded)] as const).find(([, m]) => m !== null);
  const going = destination(r);
  const excerpt = excerptOf(r.original, 0, r.original.length);
  if (reason || going) {
    const at = reason ? reason[1]!.index : going!.end - going!.place.length;
    const said = sentenceAround(r.original, at);
    const value: Record<string, unknown> = { reason: reason ? reason[0] : "other", text: said };
    if (going) value.movingTo = going.place;
    return { answer: { field: "motivation", value, excerpt: said, quality: clarity(said, reason ? 90 : 75) }, spans: [] };
  }
  if (!asked || QUESTION.test(r.folded) || NOT_SELLING.test(r.folded)) return null;
  if (isUnknownReply(r.text)) return { answer: { field: "motivation", value: { unknown: true }, excerpt, quality: 15 }, spans: [] };
  const own = r.text === r.original ? excerpt : untouchedClause(r);
  if (own.split(/\s+/).length < 4) return null;
  return { answer: { field: "motivation", value: { reason: "other", text: own }, excerpt: own, quality: clarity(own, 60) }, spans: [] };
}
