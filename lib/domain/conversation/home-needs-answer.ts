import { clarity, sentenceAround, spanOf, type Found } from "./answer";
import { yesNo, type Reading } from "./reading";

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, uno: 1, una: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7,
};
const COUNT = String.raw`(\d{1,2}|one|two|three|four|five|six|seven|uno|una|dos|tres|cuatro|cinco|seis|siete)`;
const ROOMS = String.raw`(?:bed(?:room)?s?|br|bd|bdrms?|recamaras?|cuartos?|habitaciones?|dormitorios?)`;
const BEDROOMS = new RegExp(String.raw`\b(?:at least |minimum |min |al menos |minimo )?${COUNT}(?:\s*(?:-|to|or|a|o)\s*${COUNT})?\s*[- ]?${ROOMS}\b`);
/** A bare count or two in reply to the bedrooms question: "3", "3 is fine", "4 please", "3 or 4", "tres o cuatro". */
const BARE_COUNT = new RegExp(String.raw`^\s*${COUNT}(?:\s*(?:-|to|or|a|o)\s*${COUNT})?\s*(?:is (?:fine|good|enough|ok)|are fine|please|minimum|at least|or more|would work|works|,|\.|!|\?|$)`);
const NO_YARD = /\b(?:no yard|(?:don'?t|do not|doesn'?t|does not) (?:need|want|care about|matter)\w* (?:a |the )?(?:yard|backyard)|(?:yard|backyard) (?:is |isn'?t |is not )?(?:not )?(?:needed|necessary|important|a must|a priority|required|doesn'?t matter|does not matter|optional)(?<=(?:not|n't) \w+(?: \w+)?|matter|optional)|(?:don'?t|do not) care (?:about|for) (?:a |the )?yard|sin patio|(?:el )?patio no (?:importa|es necesario)|no (?:necesito|necesitamos|importa el|nos importa el) patio)\b/;
const YARD = /\b(?:yard|backyard|patio|jardin)\b/;

const count = (word: string | undefined): number | null => (word === undefined ? null : /^\d+$/.test(word) ? Number(word) : (NUMBER_WORDS[word] ?? null));

/** Bedrooms a buyer needs: "4 bed", "at least three bedrooms", "3-4 br", "3 recámaras"; a bare count ("3 or 4") in reply to the question. */
export function readBedrooms(r: Reading): Found | null {
  if (r.ctx.pipeline !== "buyer") return null;
  const m = BEDROOMS.exec(r.folded) ?? (r.ctx.lastQuestion === "bedrooms" ? BARE_COUNT.exec(r.folded) : null);
  const low = count(m?.[1]);
  if (!m || low === null || low < 1 || low > 12) return null;
  const high = count(m[2]);
  const value: Record<string, unknown> = { count: low };
  if (high !== null && high > low && high <= 12) value.max = high;
  return { answer: { field: "bedrooms", value, excerpt: sentenceAround(r.original, m.index), quality: clarity(r.text, 90) }, spans: [spanOf(m)] };
}

/**
 * Whether a buyer wants a yard: "no yard needed" and "el patio no importa" are no; a yard named
 * as a need ("a big yard for the dog", "con patio") is yes; a bare yes or no ("yes!!") counts in
 * reply to the bedrooms-and-yard question, or the yard one, when it names no bedroom count.
 */
export function readYard(r: Reading): Found | null {
  if (r.ctx.pipeline !== "buyer") return null;
  const no = NO_YARD.exec(r.folded);
  const yes = no ? null : YARD.exec(r.folded);
  const m = no ?? yes;
  if (m) return { answer: { field: "yard", value: { value: no === null }, excerpt: sentenceAround(r.original, m.index), quality: clarity(r.text, 90) }, spans: [spanOf(m)] };
  if ((r.ctx.lastQuestion !== "bedrooms" && r.ctx.lastQuestion !== "yard") || /\d/.test(r.folded)) return null;
  const said = yesNo(r.folded);
  return said === null ? null : { answer: { field: "yard", value: { value: said }, excerpt: sentenceAround(r.original, 0), quality: clarity(r.text, 60) }, spans: [] };
}
