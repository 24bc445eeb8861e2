import { fold } from "./folding";

/**
 * Numbers spoken in words, English and Spanish, the way clients text a price or a span:
 * "ninety", "forty-five", "cincuenta y cinco", "nine hundred grand", "ochocientos cincuenta
 * mil", "one point one five". Real-estate price-speak is read as people mean it: "eight fifty"
 * is 850 (hundreds said as a pair), "un millón doscientos" is 1,200,000 (a group after a million
 * is thousands, "a million two" is 1.2M), and "mil" after a number under ten is a million ("a
 * mil"), since no home sells for a few thousand; after a larger number it is Spanish thousand.
 */

const ONES: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  cero: 0, un: 1, uno: 1, una: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10, once: 11,
  doce: 12, trece: 13, catorce: 14, quince: 15, dieciseis: 16, diecisiete: 17, dieciocho: 18, diecinueve: 19, veinte: 20,
  veintiun: 21, veintiuno: 21, veintidos: 22, veintitres: 23, veinticuatro: 24, veinticinco: 25, veintiseis: 26, veintisiete: 27, veintiocho: 28, veintinueve: 29,
};
const TENS: Readonly<Record<string, number>> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  treinta: 30, cuarenta: 40, cincuenta: 50, sesenta: 60, setenta: 70, ochenta: 80, noventa: 90,
};
const HUNDREDS: Readonly<Record<string, number>> = {
  cien: 100, ciento: 100, doscientos: 200, trescientos: 300, cuatrocientos: 400, quinientos: 500, seiscientos: 600, setecientos: 700, ochocientos: 800, novecientos: 900,
  doscientas: 200, trescientas: 300, cuatrocientas: 400, quinientas: 500, seiscientas: 600, setecientas: 700, ochocientas: 800, novecientas: 900,
};
const THOUSAND = new Set(["thousand", "grand", "k"]);
const MILLION = new Set(["million", "millions", "mill", "millon", "millones"]);
const SCALES = new Set([...THOUSAND, ...MILLION, "mil", "hundred"]);
const AND = new Set(["and", "y"]);

/** One number said in words: its value, where it stands in the text, and whether a scale word (thousand, grand, mil, million) was said. */
export interface SpokenNumber {
  value: number;
  start: number;
  end: number;
  scaled: boolean;
}

interface Word {
  w: string;
  start: number;
  end: number;
}

/** A number below a thousand from word `i` ("nine hundred and five", "ochocientos cincuenta", "forty-five"), or null. */
function group(words: readonly Word[], i: number): { value: number; next: number } | null {
  const at = (k: number) => words[k]?.w ?? "";
  let value = 0;
  let k = i;
  if (HUNDREDS[at(k)] !== undefined) value = HUNDREDS[at(k++)]!;
  else if ((ONES[at(k)] !== undefined || at(k) === "a" || at(k) === "an") && at(k + 1) === "hundred") {
    value = (ONES[at(k)] ?? 1) * 100;
    k += 2;
  }
  // "hundred and fifty", but not the "and" of a range ("seven hundred and eight hundred").
  const rest = (from: number) => TENS[at(from)] !== undefined || ONES[at(from)] !== undefined;
  if (value > 0 && at(k) === "and" && rest(k + 1) && at(k + 2) !== "hundred") k += 1;
  if (TENS[at(k)] !== undefined) {
    value += TENS[at(k++)]!;
    const unit = at(k) === "y" ? k + 1 : k;
    if ((ONES[at(unit)] ?? 10) < 10 && ONES[at(unit)]! > 0) {
      value += ONES[at(unit)]!;
      k = unit + 1;
    }
  } else if (ONES[at(k)] !== undefined) value += ONES[at(k++)]!;
  return k > i ? { value, next: k } : null;
}

/** Digits said after "point"/"punto": "one five" is .15, "twenty five" is .25. */
function fraction(words: readonly Word[], i: number): { value: number; next: number } | null {
  let digits = "";
  let k = i;
  while (ONES[words[k]?.w ?? ""] !== undefined && ONES[words[k]!.w]! < 10) digits += String(ONES[words[k++]!.w]);
  if (!digits) {
    const g = group(words, i);
    if (!g || g.value >= 100) return null;
    return { value: Number(`0.${g.value}`), next: g.next };
  }
  return { value: Number(`0.${digits}`), next: k };
}

/** The number that starts at word `i`, with the words it used, or null when none starts there. */
function numberAt(words: readonly Word[], i: number): { value: number; next: number; scaled: boolean } | null {
  const at = (k: number) => words[k]?.w ?? "";
  let lead: { value: number; next: number } | null = null;
  if ((at(i) === "half" && /^an?$/.test(at(i + 1)) && MILLION.has(at(i + 2))) || (at(i) === "medio" && MILLION.has(at(i + 1)))) {
    lead = { value: 0.5, next: at(i) === "half" ? i + 2 : i + 1 };
  } else if (/^an?$/.test(at(i)) && SCALES.has(at(i + 1)) && at(i + 1) !== "hundred") lead = { value: 1, next: i + 1 };
  else lead = group(words, i);
  if (!lead) return null;
  let { value, next } = lead;
  const single = next === i + 1 && ONES[at(i)] !== undefined && ONES[at(i)]! > 0 && ONES[at(i)]! < 20;
  const pair = single ? (at(next) === "oh" && (ONES[at(next + 1)] ?? 10) < 10 ? { value: ONES[at(next + 1)]!, next: next + 2 } : TENS[at(next)] !== undefined || (ONES[at(next)] ?? 0) >= 10 ? group(words, next) : null) : null;
  if (pair && pair.value < 100) ({ value, next } = { value: value * 100 + pair.value, next: pair.next });
  if ((at(next) === "point" || at(next) === "punto") && value < 10) {
    const f = fraction(words, next + 1);
    if (f) ({ value, next } = { value: value + f.value, next: f.next });
  }
  const scale = at(next);
  if (THOUSAND.has(scale) || (scale === "mil" && value >= 10)) return { value: value * 1_000, next: next + 1, scaled: true };
  if (!MILLION.has(scale) && scale !== "mil") return { value, next, scaled: false };
  return { ...afterMillion(words, next + 1, value * 1_000_000), scaled: true };
}

/** What follows a million: "y medio", "and a half", "doscientos (mil)", "two fifty", "two". */
function afterMillion(words: readonly Word[], i: number, millions: number): { value: number; next: number } {
  const at = (k: number) => words[k]?.w ?? "";
  if (at(i) === "y" && at(i + 1) === "medio") return { value: millions + 500_000, next: i + 2 };
  if (at(i) === "and" && at(i + 1) === "a" && at(i + 2) === "half") return { value: millions + 500_000, next: i + 3 };
  const more = numberAt(words, AND.has(at(i)) ? i + 1 : i);
  if (!more || more.value >= 1_000_000 || more.value === 0) return { value: millions, next: i };
  const extra = more.scaled ? more.value : more.value < 10 ? more.value * 100_000 : more.value < 1_000 ? more.value * 1_000 : 0;
  return extra ? { value: millions + extra, next: more.next } : { value: millions, next: i };
}

/** Every number said in words in the text, in order, with offsets into the text as given. */
export function findSpokenNumbers(text: string): SpokenNumber[] {
  // Punctuation and digits are words too, so "nine, twenty" stays two numbers.
  const words = [...fold(text).matchAll(/[a-z]+|[^a-z\s-]+/g)].map((m) => ({ w: m[0], start: m.index, end: m.index + m[0].length }));
  const found: SpokenNumber[] = [];
  for (let i = 0; i < words.length; i++) {
    const n = numberAt(words, i);
    if (!n) continue;
    found.push({ value: Math.round(n.value * 1_000_000) / 1_000_000, start: words[i]!.start, end: words[n.next - 1]!.end, scaled: n.scaled });
    i = n.next - 1;
  }
  return found;
}

/** The value of a text that is one spoken number and nothing else ("ninety", "forty five"), or null. */
export function spokenNumber(text: string): number | null {
  const found = findSpokenNumbers(text);
  return found.length === 1 && found[0]!.start === text.search(/\S/) && found[0]!.end === text.trimEnd().length ? found[0]!.value : null;
}
