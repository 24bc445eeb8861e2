/**
 * Words that are often a coded preference and ask for a second look (warn, not block):
 * exclusive, restricted, safe or low-crime, mature, bachelor pad, man cave, his and hers.
 */
import type { FairHousingRule } from "./fair-housing-rules";

/** "Exclusive" about a contract or about early access to a listing ("Exclusive: first look at this home"), not about people. */
const EXCLUSIVE_TERMS = "listings?|right|rights|agency|agent|representation|buyer|seller|preview|showing|first look|offer|access to|look|use|broker|brokerage|listing agreement|sneak (?:peek|preview)|early access|off market|pocket listing|private (?:showing|tour|preview)|invitation|invite|tour|open house|peek";
const PLANTS = "trees?|landscaping|landscape|oaks?|citrus|fruit|garden|gardens|palms?|pines?|plants|shrubs|hedges?|vegetation|foliage|avocados?|olives?|sycamores?|canopy|growth|roses|vines|grapevines|eucalyptus|lot";
const PLACE = "neighborhood|neighbourhood|area|community|street|streets|block|place to live|part of town|city|town|enclave|location|environment|tract";

/** Second-look words, with why they are risky and a neutral rewording. */
export const CAUTION_RULES: readonly FairHousingRule[] = [
  { category: "race", severity: "warn", pattern: `(?<!mutually )exclusive(?!:? (?:${EXCLUSIVE_TERMS}))|exclusively(?! (?:listed|represented|marketed|offered|by))|(?:barrio|zona|comunidad|vecindario|area) exclusiv[oa]|exclusiv[oa] (?:barrio|zona|comunidad)`, explanation: "\"Exclusive\" about a place has long signalled that some people are kept out; it reads as a preference.", suggestion: 'Name what is special: "gated, 12 custom homes, mountain views".' },
  { category: "race", severity: "warn", pattern: "(?<!(?:deed|age|height|water|use|time|access|weight) )restricted(?! (?:to|by|from|access|parking|hours))|restrictive (?:community|neighborhood|covenants?)|(?:zona|comunidad) restringida", explanation: "\"Restricted\" about a community echoes the old racially restricted covenants; say what the rule actually is.", suggestion: 'State the rule: "HOA with CC&Rs on exterior paint and RV parking".' },
  { category: "race", severity: "warn", pattern: `(?:very |really |super |extremely )?safe(?:st|r)? (?:${PLACE})|(?:low|no|little) crime(?: rate)?|crime free|(?:${PLACE}) (?:is|feels|is very|feels very|is really|is super) safe|(?:zona|barrio|vecindario|colonia|area|comunidad|calle) (?:muy )?segur[oa]|(?:poca|poco|sin|baja|bajo|minim[oa]) (?:(?:indice|tasa|nivel) )?(?:de )?(?:delincuencia|criminalidad|crimen(?:es)?|delictiv[oa])|(?:indice|tasa|nivel) (?:delictiv[oa]|de (?:criminalidad|delincuencia|crimen)) (?:muy )?(?:baj[oa]|minim[oa])|crime (?:rate )?is (?:very |really |super )?low`, explanation: "\"Safe\" or \"low-crime\" about a neighborhood is often heard as a comment on who lives there; point to facts the buyer can check.", suggestion: 'Name checkable facts: "quiet cul-de-sac, HOA patrol, two blocks from the park"; refer crime questions to public crime maps.' },
  { category: "age", severity: "warn", pattern: `mature(?! (?:${PLANTS}))`, explanation: "\"Mature\" about people or a community signals an age preference.", suggestion: 'Describe the home: "quiet street, single-level floor plan".' },
  { category: "sex", severity: "warn", pattern: "bachelor(?:ette)? pads?|man caves?|mancaves?|she sheds?", explanation: "Words like \"bachelor pad\" or \"man cave\" suggest who should live there by sex or marital status.", suggestion: 'Name the room: "bonus room with a wet bar", "detached studio".' },
  { category: "sex", severity: "warn", pattern: "his (?:and|&|n|'n') hers", explanation: "\"His and hers\" assumes a couple of a man and a woman; describe the feature itself.", suggestion: 'Say "dual walk-in closets" or "double vanity".' },
];
