import { fold } from "./folding";
import { findSpokenNumbers } from "./number-words";

/**
 * Spans of time as clients text them, in digits or words, English or Spanish: "ninety days",
 * "in like 4 months", "como en un año", "maybe a year", "two or three months", "a year and a
 * half", "medio año". Read as days from now (a month is 30 days, a year 365).
 */

const UNIT_DAYS: Readonly<Record<string, number>> = { day: 1, dia: 1, week: 7, wk: 7, semana: 7, month: 30, mo: 30, mes: 30, year: 365, yr: 365, ano: 365 };
const UNITS = String.raw`(days?|dias?|weeks?|wks?|semanas?|months?|mos?|mes(?:es)?|years?|yrs?|anos?)\b`;
const UNIT = new RegExp(String.raw`^[\s-]*${UNITS}`);
const UNIT_WORD = new RegExp(String.raw`\b${UNITS}`, "g");
/** Amounts said without a number: "a year", "un mes", "a couple months", "unos cuantos meses", "half a year". */
const FEW = /\b(?:half an?|a half|a couple(?: of)?|couple(?: of)?|a few|few|un par de|unos cuantos|unas cuantas|medio|media|an?|un|una)\s+$/;
const FEW_VALUES: readonly (readonly [RegExp, number])[] = [[/half|medi/, 0.5], [/couple|par/, 2], [/few|cuant/, 3], [/./, 1]];
const RANGE_JOIN = /^\s*(?:-|–|to|or|a|o)\s*$/;
/** Words of guessing and rounding that may stand before a span: "maybe", "like", "como", "unos". */
const FILLER = /\b(?:like|maybe|honestly|tbh|ideally|hopefully|realistically|idk|eh|well|bueno|pues|la verdad|ojala|idealmente|(?:it )?(?:could|would|should|might|will|gonna|probably) be|it'?ll be|puede ser|seria|sera|probably|prob|about|around|roughly|approximately|approx|just|only|um+|uh+|i think|i guess|i'?d say|say|less than|under|over|more than|at least|at most|up to|the|como|unos|unas|aproximadamente|mas o menos|tipo|quizas?|tal vez|a lo mejor|probablemente|creo que|digamos|menos de|mas de|al menos)\s*$/;
/** Words that put a span ahead of now: "in", "within the next", "give us", "en", "dentro de". */
const FORWARD = /\b(?:in|within|inside|next|another|need|needs|give (?:us|me|it)|takes?|en|dentro de|de aqui a|necesitamos|necesito)$/;
/** Words after a span that make it something else: "20 years ago", "a 2 year old roof", "hace". */
const NOT_AHEAD = /^\s*(?:ago|old|back|already|since|de antiguedad|atras)\b/;

/** A span found in the text: its days and where its words stand. */
export interface DurationFound {
  days: number;
  start: number;
  end: number;
}

interface Amount {
  value: number;
  start: number;
  end: number;
}

/** Every amount in the folded text that could count a span: digits, spoken numbers, "a", "un par de". */
function amounts(folded: string): Amount[] {
  const found: Amount[] = [...folded.matchAll(/\d+(?:\.\d+)?/g)].map((m) => ({ value: Number(m[0]), start: m.index, end: m.index + m[0].length }));
  for (const s of findSpokenNumbers(folded)) if (!s.scaled && !found.some((f) => f.start < s.end && f.end > s.start)) found.push(s);
  for (const unit of folded.matchAll(UNIT_WORD)) {
    const m = FEW.exec(folded.slice(0, unit.index));
    if (!m || found.some((f) => f.start < unit.index && f.end > m.index)) continue;
    found.push({ value: FEW_VALUES.find(([p]) => p.test(m[0]))![1], start: m.index, end: unit.index });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Whether the words before a span, within its clause, leave it a span still to come ("in like", "maybe") rather than a past one ("lived here"). */
function ahead(folded: string, start: number): boolean {
  const clause = Math.max(...[",", ".", ";", ":", "!", "?", "(", "\n"].map((c) => folded.lastIndexOf(c, start - 1))) + 1;
  let before = folded.slice(clause, start).trimEnd();
  for (let m = FILLER.exec(before); m && m[0].length > 0; m = FILLER.exec(before)) before = before.slice(0, m.index).trimEnd();
  return before.trim() === "" || FORWARD.test(before);
}

/**
 * The first span of time the text names that is still to come, in days: a range counts from
 * its middle ("2-3 months" is 75, "6 months to a year" 273), "and a half" adds half a unit. A span after words that make
 * it past ("we've lived here 20 years", "for 10 years", "20 years ago") is none.
 */
export function findDuration(text: string): DurationFound | null {
  const folded = fold(text);
  const list = amounts(folded);
  for (let i = 0; i < list.length; i++) {
    let { value, end } = list[i]!;
    const next = list[i + 1];
    if (next && RANGE_JOIN.test(folded.slice(end, next.start)) && UNIT.test(folded.slice(next.end))) ({ value, end } = { value: (value + next.value) / 2, end: next.end });
    const unit = UNIT.exec(folded.slice(end));
    if (!unit || !ahead(folded, list[i]!.start)) continue;
    let stop = end + unit[0].length;
    if (NOT_AHEAD.test(folded.slice(stop))) continue;
    const half = /^\s*(?:and a half|y medio)\b/.exec(folded.slice(stop));
    if (half) stop += half[0].length;
    const perUnit = UNIT_DAYS[unit[1]!.replace(/(?:es|s)$/, "")] ?? UNIT_DAYS[unit[1]!]!;
    const days = Math.round((value + (half ? 0.5 : 0)) * perUnit);
    const join = /^\s*(?:-|–|to|or|a|o)\s+/.exec(folded.slice(stop));
    const upTo = join ? findDuration(text.slice(stop + join[0].length)) : null;
    if (upTo && upTo.start === 0 && upTo.days > days) return { days: Math.round((days + upTo.days) / 2), start: list[i]!.start, end: stop + join![0].length + upTo.end };
    return { days, start: list[i]!.start, end: stop };
  }
  return null;
}
