/** Fair Housing phrases about who lives in a home by household, age and marriage (familial status, age, marital status). */
import { SENIOR_HOUSING, type FairHousingRule } from "./fair-housing-rules";

const KIDS = "kids|children|child|minors|babies|infants|toddlers|teens|teenagers";
const FOR = "(?:perfect|ideal|great|best|suited|suitable|made|designed|meant|built|wonderful|good) for (?:an? |the |your )?";
const PARA = "(?:perfect[oa]|ideal|excelente|buen[oa]?|hech[oa]|pensad[oa]) para (?:una |un |los |las |la |su )?";
const NOT_A_COUNT = "(?! (?:of|blocks?|minutes?|mins|miles?|days?|weeks?|hours?|months?|years?|homes?|houses?|properties|listings|streets?|more|doors?|times|offers?|options?|questions?|things))";
const FAMILY_USE = "(?! (?:room|gatherings?|dinners?|meals?|time|parties|events|reunions|holidays|barbecues|bbqs|visits|members|and friends|or friends|use))";

const NO_CHILDREN = {
  explanation: "Refusing households with children is familial-status discrimination under the Fair Housing Act; only qualified 55+/62+ senior housing may exclude them.",
  suggestion: "Drop it and describe the property instead, such as the pool fence or the floor plan.",
};
const SINGLES = {
  explanation: "Saying who the home is for by marriage or partnership (singles, couples) excludes the others, which California's FEHA forbids.",
  suggestion: 'Describe the space, not the occupants: "one-bedroom with a private patio".',
};
const AGE = {
  explanation: "Naming an age group as the intended residents excludes the others; age is a protected class in California, and only qualified 55+/62+ housing may say so.",
  suggestion: 'Describe the features that appeal: "single-level living, low-maintenance yard, near the Metrolink".',
};
const FAMILIES = {
  explanation: "Saying a home suits families (or children) tells others they are less welcome; describe the property instead.",
  suggestion: 'Name the features: "spacious layout with a large yard, four bedrooms".',
};

/** Household, age and marital-status phrases, with their severity and rewording. */
export const FAMILY_RULES: readonly FairHousingRule[] = [
  { category: "familial_status", severity: "block", pattern: `no (?:young |small |little )?(?:${KIDS})(?!')|(?:${KIDS}) (?:are )?not (?:allowed|permitted|welcome|accepted)|without (?:young |small )?(?:kids|children)`, unlessInMessage: SENIOR_HOUSING, ...NO_CHILDREN },
  { category: "familial_status", severity: "block", pattern: `(?:no|not|never|won't|wont|will not|don't|doesn't|aren't|isn't|can't|cannot)\\b[^.!?;\\n]{0,40}?(?:anyone|people|families|family|tenants|renters|buyers|someone|applicants|couples?) with (?:young |small )?(?:kids|children|a baby|babies|a child)`, unlessInMessage: SENIOR_HOUSING, ...NO_CHILDREN },
  { category: "familial_status", severity: "block", pattern: "adults? only|only adults|adults? (?:only )?(?:community|building|complex|living|park|property|residence)|(?:solo|solamente|unicamente) (?:para )?(?:adultos|mayores de edad)|para adultos solamente", unlessInMessage: SENIOR_HOUSING, explanation: "\"Adults only\" excludes families with children; it is lawful only for qualified senior housing (55+ or 62+), which the message does not state.", suggestion: "Drop it, or state the qualified senior housing (\"55+ community\") if that is what it is." },
  { category: "familial_status", severity: "block", pattern: "(?:no one|nobody|no residents?|no occupants?|no tenants?|nadie) (?:under|below|younger than|menor(?:es)? de) (?:the age of )?\\d+", unlessInMessage: SENIOR_HOUSING, ...NO_CHILDREN },
  { category: "familial_status", severity: "block", pattern: "no se (?:aceptan|admiten|permiten|renta a) (?:ninos|menores|hijos|bebes|familias con ninos)|no (?:ninos|menores|bebes)|sin (?:ninos|hijos|menores)", unlessInMessage: SENIOR_HOUSING, explanation: NO_CHILDREN.explanation, suggestion: "Quítelo y describa la propiedad: \"tres recámaras, patio cercado\"." },
  { category: "marital_status", severity: "block", pattern: `${FOR}(?:young |older |married |retired |newlywed |mature )?(?:singles|couples?${NOT_A_COUNT}|newlyweds|bachelors|single (?:guy|gal|girl|man|woman|men|women|person|people|professional|mom|dad|parent|mother|father))`, ...SINGLES },
  { category: "marital_status", severity: "block", pattern: `(?:prefers?|preferred|preference for|wants?|seeks?|seeking|looking for) (?:an? )?(?:[a-z]+ )?(?:married |unmarried )?couples?${NOT_A_COUNT}|(?:married|unmarried) (?:couples?|people|persons|tenants|buyers) (?:only|preferred|wanted)|(?:singles|couples) only|only (?:married|single) (?:couples?|people|persons|tenants|buyers)`, ...SINGLES },
  { category: "marital_status", severity: "block", pattern: `${PARA}(?:parejas?|solter[oa]s?|recien casados|matrimonios?)`, explanation: SINGLES.explanation, suggestion: 'Describa el espacio, no a quién vive ahí: "una recámara con patio privado".' },
  { category: "age", severity: "block", pattern: `${FOR}(?:young (?:professionals?|people|buyers|couples?|crowd|person|adults?)|retirees|retired (?:people|folks|couples?|persons?|buyers)|seniors|the elderly|elderly (?:people|couples?|buyers)|older (?:people|folks|buyers|couples?|adults?)|millennials|baby boomers|boomers)|no (?:seniors|elderly|retirees|old people|young people)`, unlessInMessage: SENIOR_HOUSING, ...AGE },
  { category: "age", severity: "block", pattern: `${PARA}(?:jubilados|retirados|personas mayores|adultos mayores|jovenes(?: profesionales)?|profesionales jovenes|gente joven|gente mayor)`, unlessInMessage: SENIOR_HOUSING, explanation: AGE.explanation, suggestion: 'Describa lo que ofrece la casa: "todo en un piso, jardín fácil de mantener".' },
  { category: "age", severity: "warn", pattern: "(?:mostly|predominantly|primarily|largely|mainly|all|lots of|full of|mayormente) (?:retired|elderly|older|senior|old) (?:folks|people|couples|residents|neighbors|crowd)|(?:mostly|predominantly|mainly|all) (?:retirees|seniors)", unlessInMessage: SENIOR_HOUSING, explanation: "Describing the neighbors by age steers buyers by age, a protected class in California.", suggestion: "Describe the street instead: \"quiet cul-de-sac with little through traffic\"." },
  { category: "familial_status", severity: "warn", pattern: `${FOR}(?:young |growing |big |large |new |busy |whole )?(?:famil(?:y|ies)${FAMILY_USE}|kids(?!')|children(?!'))|(?:family|kid|kids|child|children) friendly|family (?:neighborhood|community|area|street|block|oriented|place|tract)|(?:perfect|ideal|great) family home|(?:neighborhood|area|community|street|block|place) for (?:kids|children|families)|(?:lots|full|plenty|a bunch|tons) of (?:young )?(?:kids|children|families)|(?:mostly|predominantly|mainly) (?:young )?families`, ...FAMILIES },
  { category: "familial_status", severity: "warn", pattern: `${PARA}(?:familias?|ninos|hijos)|(?:barrio|zona|vecindario|comunidad) familiar`, explanation: FAMILIES.explanation, suggestion: 'Nombre las características: "amplia, con patio grande y cuatro recámaras".' },
  { category: "familial_status", severity: "warn", pattern: "empty nesters?|empty nest", explanation: "\"Empty nesters\" names a household type (and an age) as the intended buyer.", suggestion: 'Describe the home: "low-maintenance, single-level living".' },
];
