/**
 * Timelines as CRM picklists and lead forms write them: "30 days", "3 months", "ASAP",
 * "within 90 days", "30-60 days", "3-6 months", "6+ months", "1 year". Read as days from now.
 * Timelines inside a client's sentence ("by March", "next summer", "en marzo") are read by
 * readTimeline, with chrono-node for dates and a hand-kept table for seasons.
 */
import * as chrono from "chrono-node";
import { findDuration } from "../conversation/duration-words";
import { spokenNumber } from "../conversation/number-words";
import { addDays, daysBetween, localDay, offsetMinutes } from "../followup/zoned-time";

const UNIT_DAYS: Readonly<Record<string, number>> = { day: 1, week: 7, month: 30, year: 365 };
const NOW = /^(?:asap|as soon as possible|now|right now|immediately|today|urgent(?:ly)?)$/;
const UNDECIDED = /\b(?:not sure|unsure|unknown|just (?:looking|browsing)|undecided|no rush|n\/a)\b/;

const MAX_DAYS = 3650;

function unitOf(word: string | undefined): number | null {
  if (!word) return null;
  const singular = word.replace(/s$/, "");
  return UNIT_DAYS[singular] ?? null;
}

const amount = (text: string): number | null => (/^\d+(?:\.\d+)?$/.test(text) ? Number(text) : /^an?$/.test(text) ? 1 : spokenNumber(text));

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

/** A timeline found in a sentence: days from today in the client's zone, the local day it names, and the words it came from. */
export interface TimelineReading {
  days: number;
  date: string;
  excerpt: string;
}

export interface TimelineClock {
  now: Date;
  timeZone: string;
  language?: "en" | "es";
}

/*
 * Seasons are not in chrono, so each is mapped by hand to the day it starts (spring Mar 20,
 * summer Jun 21, fall Sep 22, winter Dec 21) and read as its next start after now. The school
 * year is taken to end on Jun 10 and "end of the year" is Dec 31. "Fall" counts only after a
 * word that makes it a season ("this fall", "by fall"), since "fall through" is not a date.
 */
const SEASON_DAYS: readonly (readonly [RegExp, number, number])[] = [
  [/\b(?:spring|primavera)\b/, 3, 20],
  [/\b(?:summer|verano)\b/, 6, 21],
  [/\b(?:(?:this|next|by|in the|until|after|before|around|late|early) (?:fall|autumn)|autumn|oto[nñ]o)\b/, 9, 22],
  [/\b(?:winter|invierno)\b/, 12, 21],
  [/\b(?:school year|school (?:is |gets )?out|(?:a|al) fin(?:al)? del (?:a[nñ]o|ciclo) escolar|terminen? las clases)\b/, 6, 10],
  [/\b(?:end of (?:the |this )?year|fin de (?:a[nñ]o|este a[nñ]o)|finales de(?:l)? a[nñ]o)\b/, 12, 31],
];
const RIGHT_AWAY = /\b(?:a\.?s\.?a\.?p|as soon as possible|right away|right now|immediately|lo (?:antes|m[aá]s pronto) posible|ya mismo|inmediatamente|cuanto antes)\b/;
/** Relative spans chrono's Spanish parser misses. */
const SPANISH_SPANS: readonly (readonly [RegExp, number])[] = [
  [/\b(?:el |la )?pr[oó]xim[oa] (?:mes)\b/, 30],
  [/\bun par de meses\b/, 60],
  [/\b(?:el |la )?pr[oó]xim[oa] a[nñ]o\b/, 365],
];

const pad = (n: number) => String(n).padStart(2, "0");

function seasonReading(text: string, today: string): TimelineReading | null {
  for (const [pattern, month, day] of SEASON_DAYS) {
    const m = pattern.exec(text);
    if (!m) continue;
    const year = Number(today.slice(0, 4));
    const thisYear = `${year}-${pad(month)}-${pad(day)}`;
    const date = thisYear > today ? thisYear : `${year + 1}-${pad(month)}-${pad(day)}`;
    return { days: daysBetween(today, date), date, excerpt: m[0] };
  }
  return null;
}

const SAME_WEEK = /\b(?:today|tonight|tomorrow|hoy|ma[nñ]ana|monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo)\b/i;

/** A chrono result that names a month, a date or a span ("in 60 days"), not a clock time or a day this week (an appointment, not a timeline). */
function namesTimeline(result: chrono.ParsedResult): boolean {
  if (result.start.isCertain("hour") || SAME_WEEK.test(result.text)) return false;
  return result.start.isCertain("month") || /\d+\s*[a-záéíóú]+|\b(?:next|pr[oó]xim[oa]|a couple|a few|un par)\b/i.test(result.text);
}

/**
 * The first timeline a client's sentence names, read against `now` in their time zone: "ASAP"
 * and "right away" are today, picklist phrases as parseTimelineDays reads them, seasons by the
 * table above, spans said in digits or words by findDuration ("in like 4 months", "como en un
 * año"), then dates by chrono-node (its Spanish parser for Spanish). A date
 * already past, or a weekday or clock time alone ("call me Tuesday at 5"), is no timeline.
 */
export function readTimeline(text: string, clock: TimelineClock): TimelineReading | null {
  const today = localDay(clock.now, clock.timeZone);
  const lower = text.toLowerCase();
  const atOnce = RIGHT_AWAY.exec(lower);
  if (atOnce) return { days: 0, date: today, excerpt: atOnce[0] };
  const picklist = parseTimelineDays(text);
  if (picklist !== null) return { days: picklist, date: addDays(today, picklist), excerpt: text.trim() };
  const season = seasonReading(lower, today);
  if (season) return season;
  for (const [pattern, days] of SPANISH_SPANS) {
    const m = pattern.exec(lower);
    if (m) return { days, date: addDays(today, days), excerpt: m[0] };
  }
  const span = findDuration(text);
  if (span) return { days: Math.min(span.days, MAX_DAYS), date: addDays(today, Math.min(span.days, MAX_DAYS)), excerpt: text.slice(span.start, span.end) };
  const parser = clock.language === "es" ? chrono.es : chrono.en;
  const reference = { instant: clock.now, timezone: offsetMinutes(clock.now.getTime(), clock.timeZone) };
  for (const result of parser.parse(text, reference, { forwardDate: true })) {
    if (!namesTimeline(result)) continue;
    const date = `${result.start.get("year")}-${pad(result.start.get("month")!)}-${pad(result.start.get("day")!)}`;
    const days = daysBetween(today, date);
    if (days >= 0) return { days: Math.min(days, MAX_DAYS), date, excerpt: result.text };
  }
  return null;
}
