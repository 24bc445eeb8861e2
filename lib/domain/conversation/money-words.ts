import { parseMoneyRange, parseMoneyText } from "../input/money-text";

/**
 * Money inside a client's sentence, English or Spanish: "850k", "$1.1M", "$925,000", "unos 900
 * mil", "un millón doscientos mil", ranges ("$700-800K", "entre 600 y 700 mil") and open ends
 * ("under 750k", "máximo 750 mil", "at least 900"). A bare number is money only where the
 * question was about money, read at the scale people text a home price in: "850" is $850,000
 * and "1.2" is $1.2M, while a lone digit ("after 5") is no amount.
 */

const UNIT = String.raw`(?:k|grand|thousand|mm|m|million|millones|mill[oó]n|mil)`;
const NUMBER = String.raw`\$?\s?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`;
const TOKEN = String.raw`(${NUMBER})(?:\s*(${UNIT})\b)?`;
/** Words after a number that make it something other than money. */
const NOT_MONEY_AFTER = /^\s*(?:%|days?|d[ií]as|weeks?|semanas|months?|meses|years?|a[nñ]os|bed|br|bd|bedrooms?|bath|ba|rec[aá]maras|cuartos|habitaciones|sq|square|ft|feet|kids|dogs|cars|am|pm|st|nd|rd|th|ave|street|dr)\b/i;
const HUNDREDS: Readonly<Record<string, number>> = { cien: 100, ciento: 100, doscientos: 200, trescientos: 300, cuatrocientos: 400, quinientos: 500, seiscientos: 600, setecientos: 700, ochocientos: 800, novecientos: 900 };
const SPANISH_WORDS = /\b(?:(un|medio) mill[oó]n(?:\s+(?:de d[oó]lares\s+)?(?:y\s+)?(cien|ciento|doscientos|trescientos|cuatrocientos|quinientos|seiscientos|setecientos|ochocientos|novecientos) mil)?|(cien|doscientos|trescientos|cuatrocientos|quinientos|seiscientos|setecientos|ochocientos|novecientos) mil)\b/i;
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
  if (!bare) return null;
  if (n < 10 && !Number.isInteger(n)) return { amount: Math.round(n * 1_000_000), marked };
  if (n >= 100 && n < 10_000) return { amount: Math.round(n * 1_000), marked };
  return null;
}

/** Every amount of money in the text, in order; bare numbers count only when `bare` is set. */
export function findAmounts(text: string, bare: boolean): MoneyFound[] {
  const found: MoneyFound[] = [];
  const words = SPANISH_WORDS.exec(text);
  if (words) {
    const millions = words[1] ? (words[1].toLowerCase() === "medio" ? 500_000 : 1_000_000) : 0;
    const thousands = HUNDREDS[(words[2] ?? words[3] ?? "").toLowerCase()] ?? 0;
    found.push({ amount: millions + thousands * 1_000, start: words.index, end: words.index + words[0].length, marked: true });
  }
  for (const m of text.matchAll(new RegExp(TOKEN, "gi"))) {
    const start = m.index + (m[0].length - m[0].trimStart().length);
    const end = m.index + m[0].length;
    if (found.some((f) => start < f.end && end > f.start)) continue;
    if (!m[2] && NOT_MONEY_AFTER.test(text.slice(end))) continue;
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

/**
 * A range of two amounts; a first number without a unit takes the second's ("700-800K",
 * "entre 600 y 700 mil"). English ranges go through parseMoneyRange first.
 */
function rangeIn(text: string, bare: boolean): MoneyRangeFound | null {
  const m = RANGE.exec(text);
  if (!m) return null;
  const span = { start: m.index, end: m.index + m[0].length };
  const english = parseMoneyRange(m[0].replace(/^(?:between|from)\s+/i, ""));
  if (english?.min && english.max) return { min: english.min, max: english.max, ...span };
  const high = dollars(m[3]!, m[4], bare);
  const low = dollars(m[1]!, m[2] ?? m[4], bare);
  if (!high || !low || low.amount > high.amount) return null;
  if (!m[2] && !m[4] && !bare) return null;
  return { min: low.amount, max: high.amount, ...span };
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
