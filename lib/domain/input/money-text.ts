/**
 * Money as people type it into a form: "850000", "850,000", "$850k", "850K", "1.2M", "$1.2m",
 * "$850,000.00", "2 million"; and budgets that may be a range ("$700-800K", "700k to 1.2M") or
 * open at one end ("up to 800k", "700k+"). Amounts come back in whole dollars.
 */

const UNITS: Readonly<Record<string, number>> = { "": 1, k: 1_000, thousand: 1_000, m: 1_000_000, mm: 1_000_000, mil: 1_000_000, million: 1_000_000 };

// A number (thousands grouped by commas, or not), then an optional unit. Cents only without a unit.
const AMOUNT = /^\$?\s*(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?\s*(k|thousand|mm|mil|million|m)?\s*(?:dollars|usd)?$/i;

interface Amount {
  value: number;
  unit: string;
}

function readAmount(text: string): Amount | null {
  const match = AMOUNT.exec(text.trim());
  if (!match) return null;
  const [, whole, fraction, unitText] = match;
  const unit = (unitText ?? "").toLowerCase();
  if (fraction !== undefined && unit === "" && fraction.length > 2) return null;
  const value = Number(`${whole!.replace(/,/g, "")}${fraction === undefined ? "" : `.${fraction}`}`);
  return Number.isFinite(value) ? { value, unit } : null;
}

const dollars = (value: number, unit: string): number | null => {
  const amount = Math.round(value * UNITS[unit]!);
  return Number.isSafeInteger(amount) ? amount : null;
};

/** One amount of money written the way people write it, in whole dollars; null when the text is not one. */
export function parseMoneyText(text: string): number | null {
  const amount = readAmount(text);
  return amount ? dollars(amount.value, amount.unit) : null;
}

/** A budget: either end may be open (null). */
export interface MoneyRange {
  min: number | null;
  max: number | null;
}

const UP_TO = /^(?:up\s+to|under|below|less\s+than|no\s+more\s+than|at\s+most|max(?:imum)?\.?|<=?)\s*(.+)$/i;
const AT_LEAST = /^(?:over|above|more\s+than|at\s+least|from|min(?:imum)?\.?|>=?)\s*(.+)$/i;
const BETWEEN = /^(?:between\s+)?(.+?)\s*(?:-|–|—|\bto\b|\band\b)\s*(.+)$/i;

/**
 * A budget as people write it: one amount is the most they will spend ("800k"); "up to 800k"
 * and "700k+" leave one end open; a range gives both ends, and a bare first number takes the
 * second's unit ("$700-800K" is 700,000 to 800,000) unless that would put it above the second
 * ("900-1.2M" is unreadable: 900 thousand or 900 million?). Null when the text is not a budget.
 */
export function parseMoneyRange(text: string): MoneyRange | null {
  const trimmed = text.trim();
  const upTo = UP_TO.exec(trimmed);
  if (upTo) return oneEnd(upTo[1]!, "max");
  const atLeast = AT_LEAST.exec(trimmed) ?? /^(.+?)\s*(?:\+|or\s+more|and\s+up)$/i.exec(trimmed);
  if (atLeast) return oneEnd(atLeast[1]!, "min");
  const single = parseMoneyText(trimmed);
  if (single !== null) return { min: null, max: single };
  const between = BETWEEN.exec(trimmed);
  if (!between) return null;
  const [low, high] = [readAmount(between[1]!), readAmount(between[2]!)];
  if (!low || !high) return null;
  const max = dollars(high.value, high.unit);
  const min = dollars(low.value, low.unit === "" ? high.unit : low.unit);
  if (min === null || max === null) return null;
  if (low.unit === "" && high.unit !== "" && min > max) return null;
  return { min, max };
}

function oneEnd(text: string, end: "min" | "max"): MoneyRange | null {
  const amount = parseMoneyText(text);
  if (amount === null) return null;
  return end === "min" ? { min: amount, max: null } : { min: null, max: amount };
}
