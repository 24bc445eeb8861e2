/**
 * Fair Housing phrases about who the neighbors are or should be by race, color, national origin,
 * religion, language, citizenship and immigration status.
 */
import type { FairHousingRule } from "./fair-housing-rules";

const RACES = "white|black|caucasian|asian";
const MOSTLY_RACE = "mostly|predominantly|primarily|largely|mainly|heavily|overwhelmingly|majority";
const ORIGINS = "hispanic|latino|latina|latinos|latinx|mexican|chinese|korean|filipino|vietnamese|indian|japanese|african american|arab|armenian|middle eastern|persian|salvadoran|guatemalan|italian|irish|russian|european|african|spanish speaking";
const FAITHS = "christian|catholic|jewish|muslim|mormon|lds|hindu|buddhist|sikh|evangelical|protestant|islamic";
const PEOPLE = "neighborhood|neighbourhood|area|community|part of town|part of|side of town|enclave|families|family(?! room)|people|folks|residents|neighbors|population|crowd|street|block|town";
const MOSTLY = "mostly|predominantly|primarily|largely|mainly|heavily|overwhelmingly|very|all|majority|lots of|a lot of|full of|many|plenty of";
const PLACE_IS = "(?:neighborhood|neighbourhood|area|community|block|street|town|tract)\\b[^.!?;\\n]{0,20}?(?:is|are|'s)";
const ES_GROUPS = "mexican[oa]s|latin[oa]s|hispan[oa]s|blanc[oa]s|negr[oa]s|asiatic[oa]s|chin[oa]s|corean[oa]s|filipin[oa]s|salvadorenos|guatemaltec[oa]s|american[oa]s|gringos|judios|musulmanes|cristian[oa]s|catolic[oa]s";
const FEEL_AT_HOME = "fit (?:right )?in|feel (?:right )?at home|your (?:own )?(?:people|kind)|people like you|sentir(?:a|se)? como en casa|encajar";

const RESIDENTS = {
  explanation: "Describing a neighborhood by the race, origin or religion of its residents steers buyers, which the Fair Housing Act forbids.",
  suggestion: "Describe places and facts instead: parks, schools by name, commute times, shops.",
};

/** Race, origin, religion, language and citizenship phrases, with their severity and rewording. */
export const ORIGIN_RULES: readonly FairHousingRule[] = [
  { category: "race", severity: "block", pattern: `(?:${MOSTLY_RACE}) (?:${RACES})(?: (?:${PEOPLE}))?|(?:${RACES}) (?:${PEOPLE})|${PLACE_IS} (?:(?:${MOSTLY_RACE}) )?(?:${RACES})(?![a-z ]*(?:cabinets|walls|trim|paint|counters|tile|floors))`, withInSentence: `${PEOPLE}|area|neighborhood`, ...RESIDENTS },
  { category: "national_origin", severity: "block", pattern: `(?:${MOSTLY}) (?:${ORIGINS}) (?:${PEOPLE})|(?:${ORIGINS}) (?:${PEOPLE})|${PLACE_IS} (?:(?:${MOSTLY}) )?(?:${ORIGINS})|(?:${MOSTLY}) (?:${ORIGINS}) part`, ...RESIDENTS },
  { category: "national_origin", severity: "block", pattern: `(?:familias|gente|personas|vecinos|barrio|zona|comunidad|colonia|vecindario|area) (?:mayormente |muy |puros? |puras? )?(?:${ES_GROUPS})|(?:mayormente|muchos|muchas|puros|puras|pura) (?:${ES_GROUPS})`, explanation: RESIDENTS.explanation, suggestion: "Describa lugares y datos: parques, escuelas por nombre, tiempos de traslado." },
  { category: "religion", severity: "block", pattern: `(?:${FAITHS}) (?:home|household|family|families|landlord|owner|owners|community|neighborhood|area|buyers?|tenants?|renters?|only|values|people|folks|street|block|residents|neighbors|preferred)|churchgoing|church going|churchgoers?|god fearing|godfearing|(?:hogar|familia|barrio|vecindario|zona|comunidad|inquilinos) (?:cristian[oa]s?|catolic[oa]s?|judi[oa]s?|musulman(?:es|a)?|mormon(?:es)?)`, explanation: "Naming a religion for the home, owner or neighbors tells buyers of other faiths they are not wanted.", suggestion: "Drop it; describe the home and, if useful, nearby places by name." },
  { category: "religion", severity: "block", pattern: "mosque|masjid|church|temple|synagogue|parish|iglesia|templo|mezquita|sinagoga", withInSentence: FEEL_AT_HOME, explanation: "Pairing a house of worship with \"you'll fit in\" steers a buyer by religion; naming a landmark alone is fine.", suggestion: 'Keep the landmark as a fact: "two blocks from the mosque and the Metrolink station".' },
  { category: "national_origin", severity: "block", pattern: `(?:${ORIGINS}|${RACES}|${ES_GROUPS})`, withInSentence: FEEL_AT_HOME, unlessInSentence: "restaurants?|food|cuisine|market|bakery|comida|panaderia|restaurante", ...RESIDENTS },
  { category: "primary_language", severity: "block", pattern: "(?:english|spanish|chinese|korean) (?:speakers?|speaking) (?:only|preferred|required)|only (?:english|spanish) (?:speakers?|speaking)|must (?:speak|understand|read) (?:english|spanish)|(?:solo|solamente|unicamente) (?:se renta a )?(?:(?:personas|gente|inquilinos|compradores) )?que hablen (?:ingles|espanol)|(?:solo|solamente) (?:para )?hablantes de (?:ingles|espanol)|(?:debe|deben|tiene que|tienen que) hablar (?:ingles|espanol)", explanation: "Requiring a language excludes people by primary language and national origin (California FEHA).", suggestion: "Drop it; if the owner needs an interpreter, the team can provide one." },
  { category: "immigration_status", severity: "block", pattern: "no (?:immigrants|illegals|undocumented|aliens|inmigrantes|ilegales|indocumentados)|(?:no|not|never|won't|wont|will not|don't|doesn't)\\b[^.!?;\\n]{0,30}?(?:to )?(?:immigrants|illegals|undocumented)|(?:must|need to|required to|have to|has to) (?:show|have|provide|present)[^.!?;\\n]{0,20}?(?:green card|proof of (?:citizenship|legal status|immigration status)|immigration papers|papers|visa)|(?:green card|immigration status) (?:required|needed)", explanation: "Screening by immigration status is unlawful in California housing (FEHA, Civil Code 1940.3).", suggestion: "Drop it; screen every buyer or tenant by the same financial criteria." },
  { category: "citizenship", severity: "block", pattern: "(?<!senior )(?:(?:us|u\\.s\\.|american|united states) )?citizens only|only[^.!?;\\n]{0,40}?(?<!senior )(?:us |u\\.s\\. |american )?citizens?|must be an? (?:(?:us|u\\.s\\.|american) )?citizen|(?:solo|solamente|unicamente) (?:para )?ciudadanos", explanation: "Limiting a home to citizens discriminates by citizenship, a protected class in California.", suggestion: "Drop it; state the same financial criteria for every buyer." },
  { category: "national_origin", severity: "block", pattern: "no (?:foreigners|extranjeros)|(?:no|not|won't|will not)\\b[^.!?;\\n]{0,30}?(?:to )?foreigners", explanation: "Refusing foreigners is national-origin discrimination under the Fair Housing Act.", suggestion: "Drop it; describe the home and the terms of sale." },
];
