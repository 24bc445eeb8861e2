import { parseMoneyRange, parseMoneyText } from "../input/money-text";
import { findSpokenNumbers } from "./number-words";

/**
 * Money inside a client's sentence, English or Spanish: "850k", "$1.1M", "$925,000", "unos 900
 * mil", prices said in words ("nine hundred grand", "un millón doscientos", see number-words.ts),
 * ranges ("$700-800K", "entre 600 y 700 mil") and open ends ("under 750k", "seven fifty max").
 * A bare number is money only where the question was about money, read at the scale people text
 * a home price in: homes here sell for $500K-$2M, so a bare number from 100 to 3000 is thousands
 * ("850", "eight fifty" and "between 700 and 800" are $850K and $700K-$800K) and a decimal under
 * ten is millions ("1.2", "one point one five"); a lone digit ("after 5") is no amount.
 */

const UNIT = String.raw`(?:k|grand|thousand|mm|m|million|millones|mill[oó]n|mil)`;
const NUMBER = String.raw`\$?\s?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`;
const TOKEN = String.raw`(${NUMBER})(?:\s*(${UNIT})\b)?`;
/** Words before a number that make it a clock time: "call me at 5:30", "text me after five thirty". */
const CLOCK_BEFORE = /\b(?:call|text|ring|talk|meet|reach|free|available|off|home|back|llame|llamame|marque)\b(?:\s+(?:me|us|you|him|her))?\s+(?:at|around|after|before|by|until|a las|despues de las)\s*$/i;
/** Words after a number that make it something other than money. */
const NOT_MONEY_AFTER = /^\s*(?:%|days?|d[ií]as|weeks?|semanas|months?|meses|years?|a[nñ]os|bed|br|bd|bedrooms?|bath|ba|rec[aá]maras|cuartos|habitaciones|sq|square|ft|feet|kids|dogs|cars|am|pm|st|nd|rd|th|ave|street|dr|percent|por ciento|hours?|horas?|minutes?|mins|o'?clock|tonight|tomorrow|today|this (?:morning|afternoon|evening)|in the (?:morning|afternoon|evening)|de la (?:manana|mañana|tarde|noche))\b/i;
const UP_TO = /(?:under|below|less than|no more than|not more than|at most|up to|max(?:imum)?|top|hasta|menos de|m[aá]ximo|no m[aá]s de)\s*$/i;
const AT_LEAST = /(?:at least|over|above|more than|minimum|min|no less than|al menos|por lo menos|m[ií]nimo|m[aá]s de)\s*$/i;

export interface MoneyFound {
  amount: number;
  start: number;
  end: number;
  /** Whether a unit, a dollar sign or digit grouping said it is money (not only the question). */
  marked: boolean;
}

/** Dollars for a number and its unit; a bare number is scaled as a home price when `bare` allows it. */
function dollars(raw: string, unit: string | undefined, bare: boolean): { amount: number; marked: boolean } | null {
  const n = Number(raw.replace(/[$,\s]/g, ""));
  const u = (unit ?? "").toLowerCase();
  if (!Number.isFinite(n) || n <= 0) return null;
  if (u === "mil") return { amount: Math.round(n * (n < 10 ? 1_000_000 : 1_000)), marked: true };
  if (/^(?:millones|mill[oó]n)$/.test(u)) return { amount: Math.round(n * 1_000_000), marked: true };
  if (u) {
    const english = parseMoneyText(`${n}${u === "grand" ? "k" : u}`);
    return english === null ? null : { amount: english, marked: true };
  }
  const marked = raw.includes("$") || raw.includes(",");
  if (n >= 100_000 || (marked && n >= 10_000)) return { amount: Math.round(n), marked };
  // "back in 2009", "since 1998": four digits from 1900 to 2099 are a year, not $2M.
  if (!bare || (!marked && /^\d{4}$/.test(raw.trim()) && n >= 1900 && n <= 2099)) return null;
  if (n < 10 && !Number.isInteger(n)) return { amount: Math.round(n * 1_000_000), marked };
  if (n >= 100 && n <= 3_000) return { amount: Math.round(n * 1_000), marked };
  return null;
}

/** Every amount of money in the text, in order; bare numbers count only when `bare` is set. */
export function findAmounts(text: string, bare: boolean): MoneyFound[] {
  const found: MoneyFound[] = [];
  for (const spoken of findSpokenNumbers(text)) {
    if (spoken.scaled) {
      if (spoken.value >= 10_000) found.push({ amount: spoken.value, start: spoken.start, end: spoken.end, marked: true });
      continue;
    }
    const clock = NOT_MONEY_AFTER.test(text.slice(spoken.end)) || CLOCK_BEFORE.test(text.slice(0, spoken.start));
    const read = clock ? null : dollars(String(spoken.value), undefined, bare);
    if (read) found.push({ amount: read.amount, start: spoken.start, end: spoken.end, marked: false });
  }
  for (const m of text.matchAll(new RegExp(TOKEN, "gi"))) {
    const start = m.index + (m[0].length - m[0].trimStart().length);
    const end = m.index + m[0].length;
    if (found.some((f) => start < f.end && end > f.start)) continue;
    if (!m[2] && (NOT_MONEY_AFTER.test(text.slice(end)) || CLOCK_BEFORE.test(text.slice(0, start)))) continue;
    const read = dollars(m[1]!, m[2], bare);
    if (read) found.push({ ...read, start, end });
  }
  return found.sort((a, b) => a.start - b.start);
}

export interface MoneyRangeFound {
  min: number | null;
  max: number | null;
  start: number;
  end: number;
}

const RANGE = new RegExp(String.raw`(?:\b(?:between|entre|from|de)\s+)?${TOKEN}\s*(?:-|–|—|\bto\b|\band\b|\by\b|\ba\b)\s*${TOKEN}`, "i");

/** What joins the two ends of a range said as two amounts ("seven fifty to eight hundred"). */
const RANGE_JOIN = /^\s*(?:-|–|—|to|and|y|a)\s*$/i;

/**
 * A range of two amounts; a first number without a unit takes the second's ("700-800K",
 * "entre 600 y 700 mil"); two bare numbers are read as prices when `bare` allows it ("between
 * 700 and 800"). English ranges with a unit go through parseMoneyRange first.
 */
function rangeIn(text: string, bare: boolean): MoneyRangeFound | null {
  const m = RANGE.exec(text);
  if (m) {
    const span = { start: m.index, end: m.index + m[0].length };
    const english = parseMoneyRange(m[0].replace(/^(?:between|from)\s+/i, ""));
    if (english?.min && english.max && english.max >= 10_000) return { min: english.min, max: english.max, ...span };
    const high = dollars(m[3]!, m[4], bare);
    const low = dollars(m[1]!, m[2] ?? m[4], bare);
    if (high && low && low.amount <= high.amount && (m[2] || m[4] || bare)) return { min: low.amount, max: high.amount, ...span };
  }
  const amounts = findAmounts(text, bare);
  for (let i = 0; i + 1 < amounts.length; i++) {
    const [low, high] = [amounts[i]!, amounts[i + 1]!];
    if (!RANGE_JOIN.test(text.slice(low.end, high.start)) || low.amount > high.amount) continue;
    const between = /(?:\b(?:between|entre|from|de)\s+)$/i.exec(text.slice(0, low.start));
    return { min: low.amount, max: high.amount, start: between ? between.index : low.start, end: high.end };
  }
  return null;
}

/** A budget in the text: a range, an open end, or one amount (the most they will spend). */
export function findMoneyRange(text: string, bare: boolean): MoneyRangeFound | null {
  const range = rangeIn(text, bare);
  if (range) return range;
  const first = findAmounts(text, bare)[0];
  if (!first) return null;
  const before = text.slice(0, first.start);
  const upTo = UP_TO.exec(before);
  if (upTo) return { min: null, max: first.amount, start: upTo.index, end: first.end };
  const atLeast = AT_LEAST.exec(before);
  if (atLeast) return { min: first.amount, max: null, start: atLeast.index, end: first.end };
  const most = /^\s*(?:max(?:imum)?|tops|top|at most|or less|m[aá]ximo|como m[aá]ximo|o menos)\b/i.exec(text.slice(first.end));
  if (most) return { min: null, max: first.amount, start: first.start, end: first.end + most[0].length };
  const plus = /^\s*(?:\+|or more|and up|o m[aá]s)/i.exec(text.slice(first.end));
  if (plus) return { min: first.amount, max: null, start: first.start, end: first.end + plus[0].length };
  return { min: null, max: first.amount, start: first.start, end: first.end };
}

/** One price in the text, and whether it is a floor ("at least 900"). */
export function findPrice(text: string, bare: boolean): { amount: number; atLeast: boolean; start: number; end: number } | null {
  const first = findAmounts(text, bare)[0];
  if (!first) return null;
  const atLeast = AT_LEAST.exec(text.slice(0, first.start));
  return { amount: first.amount, atLeast: atLeast !== null, start: atLeast ? atLeast.index : first.start, end: first.end };
}
