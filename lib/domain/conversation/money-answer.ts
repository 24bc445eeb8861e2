import { clarity, excerptOf, isUnknownReply, sentenceAround, type Found } from "./answer";
import { findMoneyRange, findPrice } from "./money-words";
import type { Reading } from "./reading";

/** Words before a bare number that make it the seller's price ("I'd want at least 900", "unos 900"). */
const PRICE_WORDS = /\b(?:want|get|hoping|hope|looking for|list(?:ing)?|sell(?:ing)? (?:it )?for|asking|at least|around|about|ask|need|queremos|quiero|pedir|vender(?:la)? (?:en|por)|unos|alrededor de|como)\b[^.?!]{0,12}$/;
/** What was paid or owed is not the price wanted. */
const PAST_MONEY = /\b(?:bought|paid|purchased|owe|mortgage|loan|compramos|pagamos|debemos)\b[^.?!]{0,25}$/;

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

/** The first amount that is not what was paid or owed; a bare number counts when asked, or after "want" and the like. */
function wantedPrice(r: Reading, asked: boolean) {
  let text = r.text;
  for (let tries = 0; tries < 4; tries++) {
    const found = findPrice(text, true);
    if (!found) return null;
    const before = r.folded.slice(0, found.start);
    const marked = findPrice(text.slice(found.start, found.end), false) !== null;
    if (!PAST_MONEY.test(before) && (marked || asked || PRICE_WORDS.test(before))) return found;
    text = text.slice(0, found.start) + " ".repeat(found.end - found.start) + text.slice(found.end);
  }
  return null;
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
