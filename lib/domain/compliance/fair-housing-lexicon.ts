/**
 * The words that name people by a protected class (English and Spanish), as data: the
 * co-occurrence check looks for these near a cue of preference or exclusion. Words that also
 * name things ("white cabinets", "older home", "single garage", "accent wall") count only
 * when a word for people follows them.
 */

/** A word for people, after an adjective that alone could describe the property. */
/** Not after a count: "two families have toured", "the 2 men from the moving company". */
const UNCOUNTED = "(?<!(?:\\d|two|three|four|five|six|several|few|both) )";

const PEOPLE = "(?:people|persons?|folks|families|family|neighbors|neighbours|tenants?|renters?|buyers?|residents?|applicants?|occupants?|crowd|community|households?|couples?|guys?|men|women|man|woman|kids|moms?|mothers?|dads?|fathers?|parents?|professionals?|adults?|clients?|personas|familias|gente|inquilin[oa]s?)";

export interface ClassTerms {
  /** The protected class (FHA or California FEHA), as the phrase rules name it. */
  category: string;
  /** A phrase over folded text (see `phrase`) naming people of that class. */
  pattern: string;
  /** The most this term can be: asking for a document or capping occupancy is a second look, not a refusal. */
  atMost?: "warn";
}

/** People by protected class; each entry is one phrase of the co-occurrence prefilter. */
export const PEOPLE_BY_CLASS: readonly ClassTerms[] = [
  { category: "familial_status", pattern: `(?:kids|kiddos|children|child|toddlers?|teens|teenagers|little ones|babies|baby|infants?|newborns?|minors)(?!')|${UNCOUNTED}families(?!')|pregnant|an? (?:nice |good |young |big |real )?family for|ninos|ninas|hijos|bebes|menores|embarazada|familias con ninos` },
  { category: "age", pattern: `seniors|elderly(?! (?:oaks?|trees?|homes?|house|building|dogs?|cats?|pets?))|retirees|retired ${PEOPLE}|older ${PEOPLE}|young ${PEOPLE}|younger ${PEOPLE}|millennials|boomers|students|college kids|(?<=(?:tenants?|renters?|buyers?|residents?|applicants?|occupants?|people|persons|anyone|no one|nobody|adults?) )(?:over|under) \\d\\d(?! ?%)|(?:over|under) the age of \\d\\d|(?:she's|he's|they're) (?:\\d\\d|in (?:her|his|their) (?:\\d0s|eighties|seventies|nineties))|personas mayores|jubilados|ancianos` },
  { category: "disability", pattern: `disabled|disability(?! (?:insurance|claims?|policy))|disabilities|wheelchairs?|handicapped|blind ${PEOPLE}|deaf|mental(?:ly)? ill(?:ness)?|mental health|service (?:animals?|dogs?)|assistance animals?|emotional support (?:animals?|dogs?)|esa letters?|an esa|medications?|chemo|cancer|hiv|autism|autistic|discapacidad|discapacitad[oa]s?|silla de ruedas|genetic|hereditary|(?:be able to|unable to) (?:walk|climb|see|hear|manage)|can(?:'t|not)? (?:manage|handle) (?:the )?(?:stairs|steps|a two story|that)|modifications?|accommodations?` },
  { category: "immigration_status", pattern: `immigrants?|citizens?|citizenship|undocumented|illegals?|papers|green card|foreigners?|born in the (?:us|usa|u s)|here legally|legal status|papeles|indocumentad[oa]s?|inmigrantes?|extranjeros?` },
  { category: "immigration_status", pattern: "itin|ssn|social security (?:number|card)", atMost: "warn" },
  { category: "familial_status", pattern: "(?:no more than|max(?:imum)? of|up to|limit of) (?:\\d+|two|three|four|five|six) (?:people|persons|occupants|tenants|residents)", atMost: "warn" },
  { category: "national_origin", pattern: "what country|where (?:are|is) (?:you|they|he|she|your \\w+) (?:really |originally )?from|(?:country|place) of (?:origin|birth)|de (?:donde|que pais) (?:es|son|eres)" },
  { category: "source_of_income", pattern: `section 8|vouchers?|ssi|ssdi|disability income|welfare|public assistance|unemployment|housing program|food stamps|calfresh|ebt|child support|alimony|seccion 8|ayuda del gobierno` },
  { category: "religion", pattern: `christians?|catholics?|muslims?|jewish|jews|mormons?|lds|hindus?|sikhs?|buddhists?|atheists?|church (?:people|folks|goers|going)|churchgoers|faith community|believers|cristian[oa]s?|catolic[oa]s?` },
  { category: "race", pattern: `hispanics?|latinos?|latinas?|latinx|mexicans?|asians?|chinese ${PEOPLE}|black ${PEOPLE}|(?:is|she's|he's|they're|are) black|african americans?|white ${PEOPLE}|whites|indian ${PEOPLE}|armenians?|filipinos?|vietnamese|koreans?|arabs?|persians?|middle eastern|minorities|mexican[oa]s?|negr[oa]s?|blanc[oa]s|their own (?:kind|community|people)|people like (?:you|us|them)|(?:aren't|are not|not) like (?:you|us)|your kind|those people|that element|the element|new folks` },
  { category: "primary_language", pattern: `english speakers?|spanish speakers?|speaks? (?:english|spanish)|speak fluent english|fluent english|accents?(?! walls?)|hablen? (?:ingles|espanol)|habla (?:ingles|espanol)` },
  { category: "sex", pattern: `${UNCOUNTED}(?:men|women|males?|females?)|ladies|gentlem[ae]n|gay|lesbians?|trans|transgender|transitioning|same sex|two guys|two women|hombres|mujeres` },
  { category: "marital_status", pattern: `single (?:[a-z]+ )?${PEOPLE}|singles|married|unmarried|couples?(?! (?:of|blocks?|minutes?|miles?|days?|weeks?|hours?|months?|years?|times|things|more|options?|homes?|houses?|listings))|divorced|divorcees?|widows?|widowers?|real family|roommates|solter[oa]s?|casad[oa]s` },
  { category: "veteran_status", pattern: `veterans?|military|va (?:loans?|offers?|buyers?|financing)|service members?|active duty` },
];
