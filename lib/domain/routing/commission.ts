import type { ClientType } from "../team/vocabulary";
import { formatMoney as money } from "./labels";
import type { NeedFlag } from "./types";

/** Jorge's side of a deal: 6% of the sale price. */
export const COMMISSION_RATE = 0.06;
/** The median used when neither the client nor the market gives a price: Rancho Cucamonga's. */
export const FALLBACK_MEDIAN_PRICE = 850_000;
/** Luxury starts at $1.2M in Jorge's price bands. */
export const LUXURY_PRICE = 1_200_000;

/** The lowest and highest personal-handling commission line Settings accept, in dollars. */
export const COMMISSION_THRESHOLD_RANGE = { min: 1_000, max: 1_000_000 } as const;

/** The sale price whose commission reaches a line, at the rate: $72,000 at 6% -> $1,200,000. */
export function priceForCommission(commission: number, rate = COMMISSION_RATE): number {
  return Math.round(commission / rate);
}

/** Where the expected price came from. */
export type PriceBasis = "price_expectation" | "budget_max" | "pre_approval" | "market_median" | "fallback_median" | "none";

/** The client figures a commission estimate reads. */
export interface CommissionInput {
  clientType: ClientType;
  priceExpectation?: number | null;
  budgetMax?: number | null;
  preApprovalAmount?: number | null;
  marketMedianPrice?: number | null;
  flags?: readonly NeedFlag[];
}

/** A client's commission potential and how it was reached. */
export interface CommissionEstimate {
  /** The price of the client's main side; 0 for renters. */
  expectedPrice: number;
  basis: PriceBasis;
  /** Commission on every side the client brings, rounded to the cent. */
  commission: number;
  /**
   * Commission on the sides whose price the client gave (price expectation, budget or
   * pre-approval); 0 when every price is an estimate (a market or fallback median).
   */
  statedCommission: number;
  reason: string;
}

const known = (n: number | null | undefined): n is number => typeof n === "number" && Number.isFinite(n) && n > 0;

/**
 * The commission a client could bring: the rate times the expected price of their main side
 * (seller: price expectation; buyer or investor: budget max, else pre-approval; missing: the
 * market median, else FALLBACK_MEDIAN_PRICE). A seller who also buys, or a buyer who also sells,
 * adds the other side when its price is stated: two deals, two commissions. Renters bring no sale
 * commission, so they estimate 0. `statedCommission` counts only the sides whose price the
 * client gave: a median is an estimate, not the client's price.
 */
export function estimateCommission(input: CommissionInput, rate = COMMISSION_RATE, fallbackMedian = FALLBACK_MEDIAN_PRICE): CommissionEstimate {
  if (input.clientType === "renter") return { expectedPrice: 0, basis: "none", commission: 0, statedCommission: 0, reason: "Renter: no sale commission" };
  const purchase = known(input.budgetMax) ? { price: input.budgetMax, basis: "budget_max" as const } : known(input.preApprovalAmount) ? { price: input.preApprovalAmount, basis: "pre_approval" as const } : null;
  const sale = known(input.priceExpectation) ? { price: input.priceExpectation, basis: "price_expectation" as const } : null;
  const selling = input.clientType === "seller";
  const stated = selling ? sale : (purchase ?? (input.clientType === "investor" ? sale : null));
  const main = stated ?? (known(input.marketMedianPrice) ? { price: input.marketMedianPrice, basis: "market_median" as const } : { price: fallbackMedian, basis: "fallback_median" as const });
  const flags = input.flags ?? [];
  const other = selling && flags.includes("also_buying") ? purchase : !selling && flags.includes("also_selling") ? sale : null;
  const cents = (price: number) => Math.round(price * rate * 100) / 100;
  const otherSide = other && other !== main ? cents(other.price) : 0;
  const commission = cents(main.price) + otherSide;
  const statedCommission = (stated ? cents(main.price) : 0) + otherSide;
  const pct = `${+(rate * 100).toFixed(2)}%`;
  let reason = `${pct} of ${money(main.price)} (${main.basis.replace(/_/g, " ")}) = ${money(cents(main.price))}`;
  if (other && other !== main) reason += `, plus ${pct} of ${money(other.price)} on the other side = ${money(commission)}`;
  return { expectedPrice: main.price, basis: main.basis, commission, statedCommission, reason };
}
