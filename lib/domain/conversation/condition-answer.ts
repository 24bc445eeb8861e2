import { clarity, sentenceAround, type Found } from "./answer";
import type { Reading } from "./reading";

/** The home's condition as Jorge asks it: move-in ready, needs some work, or a fixer. */
export const CONDITIONS = ["move_in_ready", "needs_work", "fixer"] as const;
export type Condition = (typeof CONDITIONS)[number];

/*
 * Tried in order, against folded text: a fixer beats "needs work"; "doesn't need any work" is
 * read before "needs work" so the negation wins; a named repair ("needs a new roof", "a little
 * dated", "roof is old") beats praise in the same message ("good condition, just a little dated").
 */
/**
 * A need and a kind of work: "needs a new roof", "need some repairs", and, said of the home
 * ("needs", "necesita"), with at most two loose words between: "needs sum work", "necesita unos arreglos".
 */
const WORK = String.raw`(?:work|tlc|repairs?|fix(?:es|ing|ups?)?|updat\w*|upgrades?|paint\w*|love|cosmetic\w*|carpet|floor\w*|roof|kitchen|hvac|ac|windows|attention|trabajo|reparaciones|arreglos?|arreglarse|pintura|techo|mantenimiento|detalles)`;
const NEEDS = String.raw`(?:needs?\s+(?:some |a little |a bit of |minor |a few |new |a new )?${WORK}|(?:needs|necesita|le hace falta)\s+(?!(?:no|nothing|nada)\b)(?:(?!to\b)[a-z']+\s+){0,2}?${WORK})`;
/** A part of the home said to be old or worn: "roof is old", "old roof", "kitchen is original", "el techo está viejo". */
const PART = String.raw`(?:roof|kitchen|bath(?:room)?s?|carpets?|floors?|hvac|ac|windows|water heater|plumbing|electrical|cabinets|appliances|techo|cocina|banos?|pisos?|alfombras?|ventanas|cabinetes)`;
const WORN_PART = String.raw`(?:${PART}\s+(?:is|are|es|son|esta|estan)\s+(?:kind of |pretty |really |bastante |muy )?(?:old|original|worn|dated|outdated|falling apart|shot|viej[oa]s?|original(?:es)?|gastad[oa]s?)|(?:old|older|original|worn|aging|viej[oa]s?)\s+${PART})`;
const RULES: readonly (readonly [Condition, RegExp])[] = [
  ["fixer", /\b(?:fixer(?:[- ]upper)?|tear ?down|needs? (?:a lot of|lots of|major|tons of|serious) (?:work|repairs?)|major repairs|needs everything|foundation (?:issues|problems)|gut (?:it|job)|necesita mucho trabajo|muchas reparaciones|para arreglar todo)\b/],
  ["move_in_ready", /\b(?:(?:doesn'?t|does not|don'?t|wont|won'?t) need (?:any |much )?(?:work|repairs)|needs? (?:no|nothing)\b(?: work| repairs)?|no (?:work|repairs) needed|nothing needed|no necesita (?:nada|trabajo|reparaciones|arreglos))\b/],
  ["needs_work", new RegExp(String.raw`\b(?:${NEEDS}|${WORN_PART}|(?:a little |a bit |kind of |somewhat )?(?:dated|outdated)|original (?:condition|kitchen|bathrooms?)|some work|a little work|could use (?:some )?(?:work|updating|paint|tlc)|le falta\w*|hay que arreglar\w*|tiene (?:sus |unos |algunos )?detalles)\b`)],
  ["move_in_ready", /\b(?:move[- ]?in ready|ready to move in|turn ?key|(?:totally |fully |completely |recently |newly |just )?(?:updated|remodeled|renovated)|(?:great|good|excellent|perfect|amazing) (?:shape|condition)|like new|redid everything|lista para (?:mudarse|vivir|entrar)|remodelad[ao]|la remodelamos|(?:en )?(?:buen|excelente) estado|buenas condiciones)\b/],
];

/** Move-in ready, needs work or a fixer, from the words that say so; nothing when no rule matches. */
export function readCondition(r: Reading): Found | null {
  if (r.ctx.pipeline !== "seller") return null;
  for (const [state, pattern] of RULES) {
    const m = pattern.exec(r.folded);
    if (!m) continue;
    const excerpt = sentenceAround(r.original, m.index);
    return { answer: { field: "condition", value: { state, text: excerpt }, excerpt, quality: clarity(r.text, 90) }, spans: [[m.index, m.index + m[0].length]] };
  }
  return null;
}
