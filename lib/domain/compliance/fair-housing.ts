/**
 * The Fair Housing check of an outbound message (Fair Housing Act and California FEHA): phrase
 * tables per protected class, applied with word edges and a little sentence context, so that
 * "master bedroom", "family room" and "wheelchair accessible entrance" pass while "no kids",
 * "adults only" and "English speakers only" block.
 */
import type { Finding } from "./verdict";
import { ABILITY_RULES } from "./fair-housing-ability";
import { CAUTION_RULES } from "./fair-housing-caution";
import { FAMILY_RULES } from "./fair-housing-family";
import { ORIGIN_RULES } from "./fair-housing-origin";
import { checkCooccurrence } from "./fair-housing-cooccurrence";
import { applyFairHousingRules, type FairHousingRule } from "./fair-housing-rules";
import { foldText, type Span } from "./text-folding";

/** Every Fair Housing rule the reviewer applies. */
export const FAIR_HOUSING_RULES: readonly FairHousingRule[] = [...FAMILY_RULES, ...ORIGIN_RULES, ...ABILITY_RULES, ...CAUTION_RULES];

/** Where each finding's words stand in `text`, searched left to right. */
function spansOf(text: string, findings: readonly Finding[]): Span[] {
  let from = 0;
  return findings.map((f) => {
    const at = text.indexOf(f.excerpt, from);
    const start = at < 0 ? text.indexOf(f.excerpt) : at;
    if (at >= 0) from = at;
    return { start, end: start + f.excerpt.length };
  });
}

/**
 * Fair Housing Act + California FEHA check of an outbound message: findings with rule
 * "fair_housing". The phrase rules come first; the co-occurrence layer adds findings only in
 * clauses where they found nothing.
 */
export function checkFairHousing(text: string): Finding[] {
  const folded = foldText(text);
  const phrased = applyFairHousingRules(text, FAIR_HOUSING_RULES, folded);
  return [...phrased, ...checkCooccurrence(text, folded, spansOf(text, phrased))];
}

/** "block" if any finding blocks, else "warn" if any warns, else "ok". */
export function fairHousingLevel(findings: readonly Finding[]): "ok" | "warn" | "block" {
  if (findings.some((f) => f.severity === "block")) return "block";
  return findings.some((f) => f.severity === "warn") ? "warn" : "ok";
}
