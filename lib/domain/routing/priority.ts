import { PERSONAL_HANDLING } from "../settings/defaults";
import type { MarketType, Severity, Temperature } from "../team/vocabulary";
import { COMMISSION_RATE, estimateCommission, FALLBACK_MEDIAN_PRICE, LUXURY_PRICE, type CommissionEstimate, type CommissionInput } from "./commission";
import { formatMoney as money } from "./labels";
import type { Urgency } from "./types";

/**
 * Jorge handles personally any client whose commission on their own stated price reaches this:
 * the luxury line by default ($1.2M at 6%). Settings can move it (SETTING_KEYS.personalHandling).
 */
export const PERSONAL_HANDLING_COMMISSION: number = PERSONAL_HANDLING.commissionThreshold;
/** Tags that put a client with Jorge, compared without case. */
export const PERSONAL_HANDLING_TAGS: readonly string[] = PERSONAL_HANDLING.tags;
/** Points of the 0..100 score per component. */
export const PRIORITY_POINTS = { commission: 40, urgency: 25, complexity: 20, market: 15 } as const;
/** The commission that earns all commission points: 6% of a luxury-priced ($1.2M) deal. */
export const COMMISSION_POINTS_CAP = COMMISSION_RATE * LUXURY_PRICE;
/** Lowest score of each tier: 75+ critical, 55-74 high, 35-54 medium, below 35 low. */
export const PRIORITY_TIER_CUTOFFS = { critical: 75, high: 55, medium: 35 } as const;
/** Opportunity 0..1 by market type: luxury and investment markets first. */
export const MARKET_OPPORTUNITY: Readonly<Record<MarketType, number>> = { luxury: 1, investment: 0.8, primary: 0.6, emerging: 0.6, adjacent: 0.5 };
/** Opportunity when the market is unknown. */
export const UNKNOWN_MARKET_OPPORTUNITY = 0.4;
/** Complexity 0..1 each flag adds (capped at 1). */
export const COMPLEXITY_WEIGHTS = { both_sides: 0.35, distress: 0.35, investment: 0.25, multiple_parties: 0.2, under_contract: 0.15 } as const;

/** Priority tiers share the escalation severities: critical, high, medium, low. */
export type PriorityTier = Severity;

/** What the overseer's priority reads about a client; formTeam fills it from the request and the needs. */
export interface PriorityProfile extends CommissionInput {
  marketType?: MarketType | null;
  timelineDays?: number | null;
  temperature?: Temperature | null;
  urgency?: Urgency;
  tags?: readonly string[];
}

/** The configurable parts of the priority rules (settings can override the defaults). */
export interface PriorityOptions {
  commissionRate: number;
  personalHandlingCommission: number;
  personalHandlingTags: readonly string[];
  fallbackMedianPrice: number;
}

/** Jorge's rules as DOMAIN.md states them. */
export const DEFAULT_PRIORITY_OPTIONS: PriorityOptions = {
  commissionRate: COMMISSION_RATE,
  personalHandlingCommission: PERSONAL_HANDLING_COMMISSION,
  personalHandlingTags: PERSONAL_HANDLING_TAGS,
  fallbackMedianPrice: FALLBACK_MEDIAN_PRICE,
};

/** The overseer's view of a client: score, tier and whether Jorge takes the client himself. */
export interface Priority {
  /** 0..100, an integer. */
  score: number;
  tier: PriorityTier;
  /** Each component 0..1 before its points. */
  components: { commission: number; urgency: number; complexity: number; market: number };
  commission: CommissionEstimate;
  personalHandling: boolean;
  /** Why Jorge handles the client himself; null when he does not. */
  personalReason: string | null;
  reasons: string[];
}

/** The tier a 0..100 score falls in, by PRIORITY_TIER_CUTOFFS. */
export function priorityTier(score: number): PriorityTier {
  if (score >= PRIORITY_TIER_CUTOFFS.critical) return "critical";
  if (score >= PRIORITY_TIER_CUTOFFS.high) return "high";
  if (score >= PRIORITY_TIER_CUTOFFS.medium) return "medium";
  return "low";
}

/** Urgency 0..1: high urgency 1; a timeline of 90 days or less, or a warm lead, 0.6; unknown 0.3; otherwise 0.2. */
function urgencyComponent(p: PriorityProfile): number {
  if (p.urgency === "high") return 1;
  const days = p.timelineDays;
  if ((days !== null && days !== undefined && days <= 90) || p.temperature === "warm") return 0.6;
  return days === null || days === undefined ? 0.3 : 0.2;
}

function complexityComponent(p: PriorityProfile): { value: number; why: string[] } {
  const flags = p.flags ?? [];
  const why: string[] = [];
  let value = 0;
  const add = (on: boolean, weight: number, label: string) => {
    if (!on) return;
    value += weight;
    why.push(label);
  };
  add(flags.includes("also_buying") || flags.includes("also_selling"), COMPLEXITY_WEIGHTS.both_sides, "both sides");
  add(flags.includes("distress"), COMPLEXITY_WEIGHTS.distress, "distress");
  add(flags.includes("investment") || p.clientType === "investor", COMPLEXITY_WEIGHTS.investment, "investor");
  add(flags.includes("multiple_parties"), COMPLEXITY_WEIGHTS.multiple_parties, "multiple parties");
  add(flags.includes("under_contract"), COMPLEXITY_WEIGHTS.under_contract, "under contract");
  return { value: Math.min(value, 1), why };
}

/**
 * The overseer's view of a client: a 0..100 score from commission potential (40 points, full at
 * COMMISSION_POINTS_CAP), urgency (25), complexity (20) and market opportunity (15), its tier,
 * and whether Jorge handles the client himself: a tag for him, or a commission at or above the
 * threshold on the client's own stated price. A price estimated from a median never counts.
 */
export function evaluatePriority(profile: PriorityProfile, options: Partial<PriorityOptions> = {}): Priority {
  const o = { ...DEFAULT_PRIORITY_OPTIONS, ...options };
  const commission = estimateCommission(profile, o.commissionRate, o.fallbackMedianPrice);
  const complexity = complexityComponent(profile);
  const components = {
    commission: Math.min(commission.commission / COMMISSION_POINTS_CAP, 1),
    urgency: urgencyComponent(profile),
    complexity: complexity.value,
    market: profile.marketType ? MARKET_OPPORTUNITY[profile.marketType] : UNKNOWN_MARKET_OPPORTUNITY,
  };
  const score = Math.round(
    components.commission * PRIORITY_POINTS.commission + components.urgency * PRIORITY_POINTS.urgency +
      components.complexity * PRIORITY_POINTS.complexity + components.market * PRIORITY_POINTS.market,
  );
  const tagsForJorge = new Set(o.personalHandlingTags.map((t) => t.trim().toLowerCase()));
  const tag = (profile.tags ?? []).find((t) => tagsForJorge.has(t.trim().toLowerCase()));
  const line = o.personalHandlingCommission;
  const personalReason = tag !== undefined
    ? `Tagged "${tag}": Jorge handles this client personally`
    : commission.statedCommission >= line
      ? `Commission ${money(commission.statedCommission)} on the client's own price is at least ${money(line)}: Jorge handles this client personally`
      : null;
  const tier = priorityTier(score);
  const reasons = [
    `Commission potential: ${commission.reason}`,
    `Urgency ${components.urgency.toFixed(1)}, complexity ${components.complexity.toFixed(2)}${complexity.why.length ? ` (${complexity.why.join(", ")})` : ""}, market ${profile.marketType ?? "unknown"} ${components.market.toFixed(1)}`,
    `Priority ${score}/100: ${tier}`,
  ];
  if (personalReason) reasons.push(personalReason);
  else if (commission.commission >= line) reasons.push(`The price is an estimate, not the client's own: Jorge's ${money(line)} line does not apply`);
  return { score, tier, components, commission, personalHandling: personalReason !== null, personalReason, reasons };
}
