/**
 * Fair Housing phrases that exclude people by disability, medical condition, source of income,
 * sex, sexual orientation, gender identity or military status.
 */
import type { FairHousingRule } from "./fair-housing-rules";

const REFUSAL = "(?:no|not|never|won't|wont|will not|cannot|can't|don't|doesn't|isn't|aren't|refuses?|declines?|ni)\\b(?! problem| issue| worries)";
const VOUCHERS = "section 8|section eight|sec 8|seccion 8|vouchers?|housing assistance|government assistance|public assistance|programas? de vivienda|cupones|vales de vivienda|asistencia de vivienda";
/** One or more programs named together ("Section 8 or housing assistance", "Sección 8 ni programas de vivienda"). */
const VOUCHER_LIST = `(?:${VOUCHERS})(?: (?:or|nor|and|ni|y|o|u) (?:${VOUCHERS}))*`;
const VOUCHER_HOLDERS = "(?: (?:vouchers?|tenants?|applicants?|holders?|recipients?|renters?|buyers?|programs?))?(?: (?:are|is|will|would|can|will be|would be))?";
const VOUCHER_REFUSED = "(?:(?:not|never|no longer|isn't|aren't|won't|can't|cannot)(?: be)? (?:accepted|allowed|welcome|considered|taken|ok|okay|eligible)|no (?:se )?(?:acepta|aceptan|aceptamos|admite|admiten|permite|permiten))";
/** A welcome right after the vouchers ("no HOA and Section 8 accepted") is not a refusal of them. */
const VOUCHER_WELCOME = `${VOUCHER_HOLDERS} (?:accepted|welcome|welcomed|ok|okay|fine|considered|approved|yes)`;
const MOBILITY = "in an? wheelchairs?|in wheelchairs|wheelchair users?|with (?:a )?disabilit(?:y|ies)|handicapped|disabled|with (?:a )?walker|with mobility (?:issues|problems|limitations)";

const DISABILITY = {
  explanation: "Excluding people by disability, or by a physical ability the home does not truly require, violates the Fair Housing Act; describe the home's features instead.",
  suggestion: 'State the facts of the home: "third-floor unit, no elevator".',
};

/** Disability, income, sex and military-status phrases, with their severity and rewording. */
export const ABILITY_RULES: readonly FairHousingRule[] = [
  { category: "disability", severity: "block", pattern: "no (?:wheelchairs?(?! (?:ramp|access|lift))|walkers|handicapped|disabled (?:people|persons|tenants|buyers)|mentally ill|mental illness|psychiatric (?:patients|history)|service animals?|emotional support animals?|assistance animals?)|(?:no one|nobody|no tenants?|no applicants?) on disability|no (?:ssi|ssdi|disability (?:income|benefits|checks))", ...DISABILITY },
  { category: "disability", severity: "block", pattern: "(?:must|should|need to|needs to|has to|have to|required to) be (?:physically )?(?:able|capable|fit enough) to (?:climb|walk|use|handle|manage|navigate|do)[^.!?;\\n]{0,25}?(?:stairs|steps|staircase|hill)|(?:must|should|needs? to|has to|have to) be physically (?:able|capable|fit)|able bodied|must (?:be able to )?climb stairs", ...DISABILITY },
  { category: "disability", severity: "block", pattern: `(?:not|isn't|wouldn't be|won't be|is not) (?:suitable|suited|ideal|good|a good fit|appropriate|recommended|great|right|meant|made) for (?:someone |people |anyone |persons |those |buyers |tenants )?(?:${MOBILITY})(?: persons| people)?|no (?:es )?(?:apt[oa]|adecuad[oa]|recomendad[oa]) para (?:personas )?(?:en silla de ruedas|discapacitad[oa]s|con discapacidad)`, ...DISABILITY },
  { category: "medical_condition", severity: "block", pattern: "no (?:hiv|aids|cancer patients|sick people)", explanation: "Excluding people by a medical condition is unlawful in California housing (FEHA).", suggestion: "Drop it; describe the property." },
  { category: "source_of_income", severity: "block", pattern: `no (?:${VOUCHER_LIST}|hud|subsidized (?:tenants|buyers)|welfare)|${REFUSAL}[^.!?;,\\n]{0,30}?${VOUCHER_LIST}(?!${VOUCHER_WELCOME})|${VOUCHER_LIST}${VOUCHER_HOLDERS} ${VOUCHER_REFUSED}|${VOUCHER_LIST}: no`, explanation: "In California, refusing Section 8 or other housing vouchers is source-of-income discrimination (FEHA, since 2020).", suggestion: "Drop it; state the same income and credit criteria for every applicant." },
  { category: "sex", severity: "block", pattern: "(?:male|female|men|women|man|woman|ladies|girls|guys|boys|hombres|mujeres) (?:only|(?:tenants?|renters?|roommates?|buyers?) (?:only|preferred|wanted))|only (?:male|female|men|women|ladies)|(?:solo|solamente) (?:para )?(?:hombres|mujeres|damas|caballeros)", explanation: "Limiting a home to one sex is sex discrimination under the Fair Housing Act.", suggestion: "Drop it; describe the room or the home." },
  { category: "sexual_orientation", severity: "block", pattern: "no (?:gays?|gay couples?|lesbians?|lgbtq?\\+?|homosexuals?|same sex couples?|queers?)|(?:straight|heterosexual) (?:couples? )?only", explanation: "Excluding people by sexual orientation is unlawful in California housing (FEHA).", suggestion: "Drop it; describe the property." },
  { category: "gender_identity", severity: "block", pattern: "no (?:transgender|trans) (?:people|persons|tenants|buyers|women|men)?|no transgenders?", explanation: "Excluding people by gender identity is unlawful in California housing (FEHA).", suggestion: "Drop it; describe the property." },
  { category: "veteran_status", severity: "block", pattern: `no (?:military|veterans|service members|soldiers)|(?:military|veterans?|service members?|soldiers) (?:not (?:welcome|accepted|allowed))|${REFUSAL}[^.!?;\\n]{0,40}?(?:military (?:members|families|tenants|buyers)|veterans|service members)`, explanation: "Refusing people for military or veteran status is unlawful in California housing (FEHA).", suggestion: "Drop it; state the terms of sale that apply to every buyer." },
];
