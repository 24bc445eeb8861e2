/**
 * Timelines as CRM picklists and lead forms write them: "30 days", "3 months", "ASAP",
 * "within 90 days", "30-60 days", "3-6 months", "6+ months", "1 year". Read as days from now.
 */

const UNIT_DAYS: Readonly<Record<string, number>> = { day: 1, week: 7, month: 30, year: 365 };
const NOW = /^(?:asap|as soon as possible|now|right now|immediately|today|urgent(?:ly)?)$/;
const UNDECIDED = /\b(?:not sure|unsure|unknown|just (?:looking|browsing)|undecided|no rush|n\/a)\b/;
const WORD_NUMBERS: Readonly<Record<string, number>> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, nine: 9, twelve: 12 };

const MAX_DAYS = 3650;

function unitOf(word: string | undefined): number | null {
  if (!word) return null;
  const singular = word.replace(/s$/, "");
  return UNIT_DAYS[singular] ?? null;
}

const amount = (text: string): number | null => (/^\d+(?:\.\d+)?$/.test(text) ? Number(text) : (WORD_NUMBERS[text] ?? null));

/**
 * The days a timeline names, or null when it names none ("not sure") or cannot be read. A
 * range counts from its middle ("30-60 days" is 45); "6+ months" and "over a year" take the
 * number given; a bare number is days; "ASAP" and "now" are 0.
 */
export function parseTimelineDays(text: string | number | null | undefined): number | null {
  if (typeof text === "number") return Number.isFinite(text) && text >= 0 ? Math.min(MAX_DAYS, Math.round(text)) : null;
  const t = (text ?? "").toLowerCase().replace(/[–—]/g, "-").replace(/\s+/g, " ").trim();
  if (!t || UNDECIDED.test(t)) return null;
  if (NOW.test(t)) return 0;
  const cleaned = t.replace(/^(?:in|within|about|around|approx(?:imately)?\.?|next|less than|under|over|more than|at least)\s+/, "").replace(/\s*(?:\+|or more|or less|from now)$/, "");
  const range = /^(\d+(?:\.\d+)?)\s*(?:-|to)\s*(\d+(?:\.\d+)?)\s*([a-z]+)?$/.exec(cleaned);
  if (range) {
    const unit = range[3] ? unitOf(range[3]) : 1;
    return unit === null ? null : clamp(((Number(range[1]) + Number(range[2])) / 2) * unit);
  }
  const one = /^([a-z]+|\d+(?:\.\d+)?)\s*\+?\s*([a-z]+)?$/.exec(cleaned);
  if (!one) return null;
  const n = amount(one[1]!);
  // "next month": a unit alone is one of it.
  const unit = one[2] ? unitOf(one[2]) : n === null ? null : 1;
  if (n === null) return one[2] === undefined && unitOf(one[1]!) !== null ? clamp(unitOf(one[1]!)!) : null;
  return unit === null ? null : clamp(n * unit);
}

const clamp = (days: number) => Math.min(MAX_DAYS, Math.round(days));
