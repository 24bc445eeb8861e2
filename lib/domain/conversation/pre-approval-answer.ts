import { clarity, sentenceAround, spanOf, type Found } from "./answer";
import { findAmounts } from "./money-words";
import { properName, yesNo, type Reading } from "./reading";

const CASH = /\b(?:pay(?:ing)? (?:all )?cash|cash (?:buyer|offer|purchase)|all cash|en efectivo|de contado)\b/;
const NOT_YET = /\b(?:not (?:yet )?(?:pre[- ]?approved|pre[- ]?qualified)|haven'?t (?:talked|spoken|gone|reached out) (?:to|with) (?:a |any |the )?(?:lender|bank|loan officer)|haven'?t (?:gotten|been|got|done) (?:pre[- ]?approved|pre[- ]?qualified|that|the pre[- ]?approval)|no lender|need to (?:find|get) (?:a lender|pre[- ]?approved)|still need to (?:find|get)|no (?:estoy|estamos) pre[- ]?aprobad\w*|no tenemos prestamista|no tengo prestamista|no hemos hablado con|no hablamos con|todavia no (?:hablamos|tenemos|estamos))\b/;
const APPROVED = /\b(?:pre[- ]?approv(?:ed|al)|pre[- ]?qualified|pre[- ]?aprobad[oa]s?|pre[- ]?calificad[oa]s?|pre[- ]?aprobacion|carta de aprobacion)\b/;
const LENDER = /\b(?:with|through|thru|from|by|con)\s+/g;
const NOT_LENDER = /^(?:Jorge|You|Your)$/;

/**
 * The amount and lender said with the pre-approval phrase, in its clause: an amount after it
 * ("pre-approved for 700k"), or right before it ("a 700k pre-approval"); an amount further
 * before is something else ("budget is around 800k and we're pre-approved").
 */
function details(r: Reading, at: number, end: number): { value: Record<string, unknown>; spans: [number, number][] } {
  const clause = Math.max(...[",", ".", ";", "!", "?"].map((c) => r.text.lastIndexOf(c, at - 1))) + 1;
  const from = Math.max(0, at - 25, clause);
  const to = Math.min(r.text.length, end + 45);
  const value: Record<string, unknown> = {};
  const spans: [number, number][] = [[at, end]];
  const amount = findAmounts(r.text.slice(from, to), false).find((a) => from + a.start >= end || /^[\s-]*$/.test(r.text.slice(from + a.end, at)));
  if (amount) {
    value.amount = amount.amount;
    spans.push([from + amount.start, from + amount.end]);
  }
  for (const m of r.folded.slice(end, to).matchAll(LENDER)) {
    const lender = properName(r.text, end + m.index + m[0].length);
    if (lender && !NOT_LENDER.test(lender)) {
      value.lender = lender;
      break;
    }
  }
  return { value, spans };
}

/**
 * A buyer's financing: pre-approved (with the amount and lender when said: "pre-approved for
 * 700k with Chase"), paying cash (as good as an approval), or not yet ("haven't talked to a
 * lender"). A bare yes or no counts in reply to the pre-approval question.
 */
export function readPreApproval(r: Reading): Found | null {
  if (r.ctx.pipeline !== "buyer") return null;
  const asked = r.ctx.lastQuestion === "pre_approval";
  const cash = CASH.exec(r.folded);
  if (cash) return { answer: { field: "pre_approval", value: { value: true, cash: true }, excerpt: sentenceAround(r.original, cash.index), quality: clarity(r.text) }, spans: [spanOf(cash)] };
  const notYet = NOT_YET.exec(r.folded);
  if (notYet) return { answer: { field: "pre_approval", value: { value: false }, excerpt: sentenceAround(r.original, notYet.index), quality: clarity(r.text) }, spans: [spanOf(notYet)] };
  const approved = APPROVED.exec(r.folded);
  const said = asked ? yesNo(r.folded) : null;
  if (approved && said !== false) {
    const { value, spans } = details(r, approved.index, approved.index + approved[0].length);
    return { answer: { field: "pre_approval", value: { value: true, ...value }, excerpt: sentenceAround(r.original, approved.index), quality: clarity(r.text, /qualif|calific/.test(approved[0]) ? 70 : 95) }, spans };
  }
  if (said === null) return null;
  const { value, spans } = said ? details(r, 0, 0) : { value: {}, spans: [] };
  return { answer: { field: "pre_approval", value: { value: said, ...value }, excerpt: sentenceAround(r.original, 0), quality: clarity(r.text, 80) }, spans };
}
