/** Fair Housing phrases about who lives in a home by household, age and marriage (familial status, age, marital status). */
import { SENIOR_HOUSING, type FairHousingRule } from "./fair-housing-rules";

const KIDS = "kids|children|child|minors|babies|infants|toddlers|teens|teenagers";
const FOR = "(?:perfect|ideal|great|best|suited|suitable|made|designed|meant|built|wonderful|good) for (?:an? |the |your )?";
const PARA = "(?:perfect[oa]|ideal|excelente|buen[oa]?|hech[oa]|pensad[oa]) para (?:una |un |los |las |la |su )?";
const NOT_A_COUNT = "(?! (?:of|blocks?|minutes?|mins|miles?|days?|weeks?|hours?|months?|years?|homes?|houses?|properties|listings|streets?|more|doors?|times|offers?|options?|questions?|things))";
const AGED = "mature|older|younger|young|elderly|senior|retired|middle aged";
const OCCUPANTS = "tenants?|renters?|buyers?|residents?|occupants?|persons?|people|adults?|individuals?|couples?|applicants?|roommates?|gentlem[ae]n|lady|ladies|man|woman|men|women";
const WANTED = "only|preferred|wanted|required|desired|sought|welcome|needed";
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
const STEERING = {
  explanation: "Choosing which areas to show a client by their household (children, or none) is steering by familial status, which the Fair Housing Act forbids.",
  suggestion: "Show every area that fits the client's stated needs (price, bedrooms, commute) and let the client choose.",
};
const SEX = {
  explanation: "Saying the home is for a man or a woman states a preference by sex, which the Fair Housing Act forbids.",
  suggestion: 'Describe the home: "one-bedroom casita with a garden".',
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
  { category: "familial_status", severity: "block", pattern: `(?:not|isn't|is not|wouldn't be|won't be|never|no es) (?:really |very |exactly |a )?(?:suitable|suited|ideal|good|safe|appropriate|recommended|a good fit|good fit|a fit|fit|meant|made|right|the place|the right place|a place|great) for (?:young |small |little )?(?:${KIDS}|little ones|families with (?:kids|children)|a family with (?:kids|children))(?!')|no (?:es )?(?:apt[oa]|adecuad[oa]|recomendad[oa]) para (?:ninos|menores|familias con ninos)`, unlessInMessage: SENIOR_HOUSING, ...NO_CHILDREN },
  { category: "familial_status", severity: "block", pattern: `(?:who|that) (?:doesn't|don't|does not|do not|won't|will not) (?:have|want) (?:any )?(?:young |small |little )?(?:${KIDS})(?!')|(?:que )?no (?:tiene|tienen|tenga|tengan) (?:ninos|hijos)|(?:inquilin[oa]s?|persona|hombre|mujer|pareja|trabajador|trabajadora)\\b[^.!?;\\n]{0,30}?sin familia|no (?:large |big |young )?families(?! room)`, unlessInMessage: SENIOR_HOUSING, ...NO_CHILDREN },
  { category: "familial_status", severity: "block", pattern: "(?:(?:rather|prefer|prefers|would prefer) not (?:to )?|(?:don't|doesn't|do not|does not) want to |won't |will not |wouldn't |would not )(?:have|rent to|sell to|take|deal with|allow|accept) (?:any )?(?:(?:loud|noisy|big|large|young|more|rowdy) )?(?:families|kids|children|teenagers|teens|toddlers|babies)(?!'| (?:room|rooms|to)\\b)|(?:don't|doesn't|do not|does not) want (?:any )?(?:(?:loud|noisy|big|large|young|more|rowdy) )?(?:families|kids|children|teenagers|teens)(?!'| (?:room|rooms|to)\\b)", unlessInMessage: SENIOR_HOUSING, ...NO_CHILDREN },
  { category: "familial_status", severity: "block", pattern: "(?:family|singles|adult|kid|kids) (?:neighborhoods?|areas?|communities|streets?|tracts?|parts of town)", withInSentence: "(?:only|just|won't|will not|wouldn't|never) (?:\\w+ )?(?:send|show|take|bring|tour)", ...STEERING },
  { category: "marital_status", severity: "block", pattern: "(?:area|neighborhood|street|block|side|building|complex|community) (?:is|'s) (?:more|mostly|all|full of|lots of) (?:singles|couples)", ...STEERING },
  { category: "sex", severity: "block", pattern: `${FOR}(?:(?:young|older|elderly|retired|single|mature|working|quiet|nice|christian) )?(?:gentlem[ae]n|lady|ladies|man|woman|men|women|guy|gal|girl|boy|widow|widower)(?! cave)(?!')|(?:se busca|busco|buscamos|buscan|preferimos|de preferencia|preferible|preferentemente|solo para|ideal para)(?: (?:un|una|a un|a una))?(?: (?:inquilin[oa]|roomie|companer[oa]|persona))?[:,]?\\s+(?:hombres?|mujer(?:es)?|senor|senora|senorita|caballeros?|damas?|muchach[oa]s?|chic[oa]s?)(?![a-z])`, ...SEX },
  { category: "marital_status", severity: "block", pattern: "(?:hombre|mujer|senor|senora|caballero|dama) (?:sol[oa]|solter[oa])(?! (?:para|en|de|con|puede|pueden|se))", ...SINGLES },
  { category: "marital_status", severity: "warn", pattern: "newlyweds?|newlywed couples?|honeymooners|recien casados", explanation: "\"Newlyweds\" names a marital status as the intended buyer, which reads as a preference.", suggestion: 'Describe the home: "move-in ready starter home".' },
  { category: "marital_status", severity: "block", pattern: `${FOR}(?:young |older |married |retired |newlywed |mature )?(?:singles|couples?${NOT_A_COUNT}|newlyweds|bachelors|single (?:guy|gal|girl|man|woman|men|women|person|people|professional|mom|dad|parent|mother|father))`, ...SINGLES },
  { category: "marital_status", severity: "block", pattern: `(?:prefers?|preferred|preference for|wants?|seeks?|seeking|looking for) (?:an? )?(?:[a-z]+ )?(?:married |unmarried )?couples?${NOT_A_COUNT}|(?:married|unmarried) (?:couples?|people|persons|tenants|buyers) (?:only|preferred|wanted)|(?:singles|couples) only|only (?:married|single) (?:couples?|people|persons|tenants|buyers)`, ...SINGLES },
  { category: "marital_status", severity: "block", pattern: `${PARA}(?:parejas?|solter[oa]s?|recien casados|matrimonios?)`, explanation: SINGLES.explanation, suggestion: 'Describa el espacio, no a quién vive ahí: "una recámara con patio privado".' },
  { category: "age", severity: "block", pattern: `${FOR}(?:young (?:professionals?|people|buyers|couples?|crowd|person|adults?)|retirees|retired (?:people|folks|couples?|persons?|buyers|gentlem[ae]n|man|men|woman|women|lady|ladies)|seniors|the elderly|elderly (?:people|couples?|buyers)|older (?:people|folks|buyers|couples?|adults?)|millennials|baby boomers|boomers)|no (?:seniors|senior citizens|elderly|retirees|old people|young people)`, unlessInMessage: SENIOR_HOUSING, ...AGE },
  { category: "age", severity: "block", pattern: `(?:seniors|senior citizens|elderly (?:people|persons|tenants)|the elderly|retirees|older (?:people|adults|tenants|persons|buyers)|young people|personas mayores|jubilados|ancianos|adultos mayores) (?:are )?(?:not|aren't|never|no longer|no) (?:allowed|permitted|welcome|accepted|considered|eligible|se aceptan|aceptados|permitidos)|no (?:se aceptan )?(?:ancianos|personas mayores|adultos mayores|jubilados)|(?:${AGED}) (?:${OCCUPANTS}) (?:${WANTED})|(?:prefers?|preferred|preference for|seeking|looking for|wants?|only) (?:an? )?(?:${AGED}) (?:${OCCUPANTS})${NOT_A_COUNT}`, unlessInMessage: SENIOR_HOUSING, ...AGE },
  { category: "age", severity: "block", pattern: `${PARA}(?:jubilados|retirados|personas mayores|adultos mayores|jovenes(?: profesionales)?|profesionales jovenes|gente joven|gente mayor)`, unlessInMessage: SENIOR_HOUSING, explanation: AGE.explanation, suggestion: 'Describa lo que ofrece la casa: "todo en un piso, jardín fácil de mantener".' },
  { category: "age", severity: "block", pattern: "(?:mostly|predominantly|primarily|largely|mainly|all|lots of|full of|mayormente) (?:retired|elderly|older|senior|old) (?:folks|people|couples|residents|neighbors|crowd)|(?:mostly|predominantly|mainly|all) (?:retirees|seniors)", unlessInMessage: SENIOR_HOUSING, explanation: "Describing the neighbors by age steers buyers by age, a protected class in California, as describing them by race or origin does.", suggestion: "Describe the street instead: \"quiet cul-de-sac with little through traffic\"." },
  { category: "familial_status", severity: "warn", pattern: `${FOR}(?:young |growing |big |large |new |busy |whole )?(?:famil(?:y|ies)${FAMILY_USE}|kids(?!')|children(?!'))|(?:family|kid|kids|child|children) friendly|family (?:neighborhood|community|area|street|block|oriented|place|tract)|(?:perfect|ideal|great) family home|(?:neighborhood|area|community|street|block|place) for (?:kids|children|families)|(?:lots|full|plenty|a bunch|tons) of (?:young )?(?:kids|children|families)|(?:mostly|predominantly|mainly) (?:young )?families|(?:yard|backyard|room|rooms|space|bedrooms?|playroom|loft|pool|cul de sac|playground|bonus room|tree house|treehouse) for (?:the |your |little |young )?(?:kids|children|little ones)(?!')`, ...FAMILIES },
  { category: "familial_status", severity: "warn", pattern: `${PARA}(?:familias?|ninos|hijos)|(?:barrio|zona|vecindario|comunidad) familiar`, explanation: FAMILIES.explanation, suggestion: 'Nombre las características: "amplia, con patio grande y cuatro recámaras".' },
  { category: "familial_status", severity: "warn", pattern: "empty nesters?|empty nest", explanation: "\"Empty nesters\" names a household type (and an age) as the intended buyer.", suggestion: 'Describe the home: "low-maintenance, single-level living".' },
];
