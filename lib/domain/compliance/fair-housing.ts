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
import { applyFairHousingRules, type FairHousingRule } from "./fair-housing-rules";

/** Every Fair Housing rule the reviewer applies. */
export const FAIR_HOUSING_RULES: readonly FairHousingRule[] = [...FAMILY_RULES, ...ORIGIN_RULES, ...ABILITY_RULES, ...CAUTION_RULES];

/** Fair Housing Act + California FEHA check of an outbound message: findings with rule "fair_housing". */
export function checkFairHousing(text: string): Finding[] {
  return applyFairHousingRules(text, FAIR_HOUSING_RULES);
}

/** "block" if any finding blocks, else "warn" if any warns, else "ok". */
export function fairHousingLevel(findings: readonly Finding[]): "ok" | "warn" | "block" {
  if (findings.some((f) => f.severity === "block")) return "block";
  return findings.some((f) => f.severity === "warn") ? "warn" : "ok";
}
