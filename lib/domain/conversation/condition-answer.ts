import { clarity, sentenceAround, type Found } from "./answer";
import type { Reading } from "./reading";

/** The home's condition as Jorge asks it: move-in ready, needs some work, or a fixer. */
export const CONDITIONS = ["move_in_ready", "needs_work", "fixer"] as const;
export type Condition = (typeof CONDITIONS)[number];

/*
 * Tried in order, against folded text: a fixer beats "needs work"; "doesn't need any work" is
 * read before "needs work" so the negation wins; a named repair ("needs a new roof", "a little
 * dated") beats praise in the same message ("good condition, just a little dated").
 */
const RULES: readonly (readonly [Condition, RegExp])[] = [
  ["fixer", /\b(?:fixer(?:[- ]upper)?|tear ?down|needs? (?:a lot of|lots of|major|tons of|serious) (?:work|repairs?)|major repairs|needs everything|foundation (?:issues|problems)|gut (?:it|job)|necesita mucho trabajo|muchas reparaciones|para arreglar todo)\b/],
  ["move_in_ready", /\b(?:(?:doesn'?t|does not|don'?t|wont|won'?t) need (?:any |much )?(?:work|repairs)|no (?:work|repairs) needed|nothing needed|no necesita (?:nada|trabajo|reparaciones))\b/],
  ["needs_work", /\b(?:needs? (?:some |a little |a bit of |minor |a few |new |a new )?(?:work|tlc|repairs?|updat\w*|paint\w*|love|fixing|cosmetic\w*|carpet|floors?|roof|kitchen|hvac|ac|windows)|(?:a little |a bit |kind of |somewhat )?(?:dated|outdated)|original (?:condition|kitchen|bathrooms?)|some work|a little work|could use (?:some )?(?:work|updating|paint|tlc)|necesita (?:algo de |un poco de )?(?:trabajo|reparaciones|pintura|arreglos|un techo|techo)|le falta\w*)\b/],
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
