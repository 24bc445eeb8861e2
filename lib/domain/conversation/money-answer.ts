import { clarity, excerptOf, isUnknownReply, sentenceAround, type Found } from "./answer";
import { findMoneyRange, findPrice } from "./money-words";
import type { Reading } from "./reading";

/** Words before a number that make it the seller's own wish ("I'd want at least 900", "hoping for 950", "queremos 900"). */
const WISH_WORDS = /\b(?:want|get|hoping|hope|looking for|list(?:ing)?|sell(?:ing)? (?:it )?for|asking|at least|ask|need|quer(?:emos|ia|iamos)|quiero|pedir|vender(?:la)? (?:en|por))\b[^.?!]{0,12}$/;
/** Words of rounding before a bare number that make it a price nobody asked for ("around 900", "unos 900"), without making it the seller's wish. */
const ROUGHLY = /\b(?:around|about|unos|alrededor de|como)\b[^.?!]{0,12}$/;
/** Words before a number that make it what was paid or owed: not a price the seller wants. */
const PAID_MONEY = /\b(?:bought|paid|purchased|owe|mortgage|loan|compramos|pagamos|debemos)\b[^.?!]{0,25}$/;
/** Words before a number that make it what others got or guessed: the seller's price only when the message names no other. */
const OTHERS_MONEY = /\b(?:neighbou?rs?|next door|down the street|comps?|sold (?:for|at)|went for|got|zillow|zestimate|redfin|appraised|appraisal|vecinos?|se vendio|vendieron)\b[^.?!]{0,25}$/;

/** The seller's price: an amount of money, or a bare number in reply to the price question or after "want" and the like. */
export function readPrice(r: Reading): Found | null {
  if (r.ctx.pipeline !== "seller") return null;
  const asked = r.ctx.lastQuestion === "price";
  const found = wantedPrice(r, asked);
  if (found) {
    const value: Record<string, unknown> = { amount: found.amount };
    if (found.atLeast) value.atLeast = true;
    return { answer: { field: "price", value, excerpt: sentenceAround(r.original, found.start), quality: clarity(r.text, 90) }, spans: [[found.start, found.end]] };
  }
  return asked && isUnknownReply(r.text) ? { answer: { field: "price", value: { unknown: true }, excerpt: excerptOf(r.original, 0, r.original.length), quality: 15 }, spans: [] } : null;
}

type PriceFound = NonNullable<ReturnType<typeof findPrice>>;

/**
 * The amount the seller wants when a message names several: what was paid or owed is set aside
 * unless a word of wishing stands nearer ("we paid 450, hoping for 900"); an amount after such a
 * word wins, then one with no such word, and what the neighbors or Zillow got only when nothing
 * else is named ("neighbors sold for 910, like 950" is 950; "zillow says 880 so around there" is
 * 880). A bare number counts when asked, or after a word of wishing.
 */
function wantedPrice(r: Reading, asked: boolean): PriceFound | null {
  const kept: { found: PriceFound; rank: number }[] = [];
  let text = r.text;
  for (let tries = 0; tries < 4; tries++) {
    const found = findPrice(text, true);
    if (!found) break;
    text = text.slice(0, found.start) + " ".repeat(found.end - found.start) + text.slice(found.end);
    const before = r.folded.slice(0, found.start);
    const at = (m: RegExpExecArray | null) => m?.index ?? -1;
    const wish = at(WISH_WORDS.exec(before));
    const paid = at(PAID_MONEY.exec(before));
    const others = at(OTHERS_MONEY.exec(before));
    const wished = wish >= 0 && wish > paid && wish > others;
    const marked = findPrice(r.text.slice(found.start, found.end), false) !== null;
    if ((paid < 0 || wished) && (marked || asked || wished || ROUGHLY.test(before))) kept.push({ found, rank: wished ? 0 : others < 0 ? 1 : 2 });
  }
  return kept.sort((a, b) => a.rank - b.rank || a.found.start - b.found.start)[0]?.found ?? null;
}

/** A buyer's budget: a range, an open end or one amount (the most they spend); a bare number in reply to the budget question. */
export function readBudget(r: Reading): Found | null {
  if (r.ctx.pipeline !== "buyer") return null;
  const asked = r.ctx.lastQuestion === "budget";
  const found = findMoneyRange(r.text, asked);
  if (found) {
    const value: Record<string, unknown> = {};
    if (found.min !== null) value.min = found.min;
    if (found.max !== null) value.max = found.max;
    return { answer: { field: "budget", value, excerpt: sentenceAround(r.original, found.start), quality: clarity(r.text, 90) }, spans: [[found.start, found.end]] };
  }
  return asked && isUnknownReply(r.text) ? { answer: { field: "budget", value: { unknown: true }, excerpt: excerptOf(r.original, 0, r.original.length), quality: 15 }, spans: [] } : null;
}
