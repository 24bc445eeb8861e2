import type { SeatRole } from "../team/vocabulary";
import type { NeedFlag } from "./types";

/** A skill the work needs and how much it counts in the expertise match. */
export interface NeededSkill {
  skill: string;
  weight: number;
}

const need = (skill: string, weight: number): NeededSkill => ({ skill, weight });

/**
 * The skills each role's work on a client needs, heaviest first. Names match seat_skills as the
 * seed writes them.
 */
export const ROLE_SKILL_NEEDS: Readonly<Record<SeatRole, readonly NeededSkill[]>> = {
  overseer: [need("pricing_strategy", 1), need("negotiation", 1), need("seller_objection_handling", 0.6)],
  listing_specialist: [need("pricing_strategy", 1), need("seller_objection_handling", 0.8), need("listing_marketing", 0.8), need("cma_analysis", 0.6)],
  buyer_specialist: [need("buyer_consultation", 1), need("financing_coordination", 0.8), need("showing_coordination", 0.8)],
  market_analyst: [need("cma_analysis", 1), need("market_reporting", 0.8), need("pricing_strategy", 0.6)],
  negotiation_expert: [need("negotiation", 1), need("seller_objection_handling", 0.6), need("contract_management", 0.6)],
  transaction_coordinator: [need("contract_management", 1), need("deadline_tracking", 1), need("financing_coordination", 0.6), need("document_prep", 0.6)],
  geographic: [need("local_knowledge", 1), need("vendor_coordination", 0.8), need("pricing_strategy", 0.4)],
  administrative: [need("document_prep", 1), need("scheduling", 1)],
  follow_up: [need("lead_nurturing", 1), need("scheduling", 0.6)],
  marketing: [need("listing_marketing", 1), need("social_media", 0.8)],
  analytics: [need("market_reporting", 1), need("forecasting", 0.8)],
};

/** Skills a need adds for the roles it concerns: investors need investment analysis, value questions need a CMA. */
const FLAG_SKILL_NEEDS: readonly { flag: NeedFlag; skill: NeededSkill; roles: readonly SeatRole[] }[] = [
  { flag: "investment", skill: need("investment_analysis", 0.8), roles: ["listing_specialist", "buyer_specialist", "market_analyst", "geographic"] },
  { flag: "valuation", skill: need("cma_analysis", 1), roles: ["listing_specialist", "market_analyst", "geographic"] },
];

/** The skills a place on the team needs: the role's own, plus those the request's flags add (a repeated skill keeps its larger weight). */
export function neededSkills(role: SeatRole, flags: readonly NeedFlag[]): NeededSkill[] {
  const skills = [...ROLE_SKILL_NEEDS[role]];
  for (const extra of FLAG_SKILL_NEEDS) {
    if (!flags.includes(extra.flag) || !extra.roles.includes(role)) continue;
    const at = skills.findIndex((s) => s.skill === extra.skill.skill);
    if (at < 0) skills.push(extra.skill);
    else if (skills[at]!.weight < extra.skill.weight) skills[at] = extra.skill;
  }
  return skills;
}
