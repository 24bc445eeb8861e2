import { languageName } from "./language";
import { commissionFit, COMMISSION_FACTOR_CAP, expertiseMatch, factorValues, workloadHeadroom, type FactorValues } from "./factors";
import { formatMoney, formatPercent, formatScore, roleLabel } from "./labels";
import { adjustedConversionRate, closerStrength, successRate } from "./performance";
import { kindFit, languageFit, marketFamiliarity, preferenceFit, priceBandFit } from "./preference-fit";
import type { SeatRequest } from "./seat-request";
import type { SeatCandidate } from "./types";
import { FACTORS, type Factor, type RoutingWeights } from "./weights";

/** A seat's score for one place on the team, with the "why this seat" the console shows. */
export interface SeatScore {
  /** Sum of the weighted contributions, 0..1. */
  total: number;
  /** Raw factor values, each 0..1. */
  breakdown: FactorValues;
  /** weight * value per factor; they add up to `total`. */
  contributions: FactorValues;
  /** One line per factor. */
  explanations: Record<Factor, string>;
}

/** The weighted total alone; the team builder ranks every eligible seat with it. Equal to scoreSeat(...).total. */
export function scoreTotal(seat: SeatCandidate, req: SeatRequest, weights: RoutingWeights): number {
  // The same sums as factorValues, in the same order, without allocating the breakdown object.
  return weights.expertise * expertiseMatch(seat.skills, req.neededSkills) +
    weights.workload * workloadHeadroom(seat.activeLoad, seat.capacity) +
    weights.successRate * successRate(seat.performance, req.prior) +
    weights.preferenceFit * preferenceFit(seat, req) +
    weights.commission * commissionFit(req.commissionPotential, closerStrength(seat.performance, req.prior));
}

/** Scores a seat for one place on the team: the five factors, their weighted contributions and a line explaining each. */
export function scoreSeat(seat: SeatCandidate, req: SeatRequest, weights: RoutingWeights): SeatScore {
  const breakdown = factorValues(seat, req);
  const contributions = {} as FactorValues;
  let total = 0;
  for (const factor of FACTORS) {
    contributions[factor] = weights[factor] * breakdown[factor];
    total += contributions[factor];
  }
  return { total, breakdown, contributions, explanations: explain(seat, req, breakdown) };
}

function explain(seat: SeatCandidate, req: SeatRequest, v: FactorValues): Record<Factor, string> {
  const skills = req.neededSkills.map(({ skill }) => {
    const level = seat.skills[skill];
    return level === undefined ? `no ${skill}` : `${skill} ${formatScore(level)}`;
  });
  const perf = seat.performance;
  const handled = perf?.clientsHandled ?? 0;
  const history = handled > 0
    ? `${perf?.conversions ?? 0} conversions of ${handled} clients, ${formatPercent(adjustedConversionRate(perf, req.prior))} after pulling toward the ${formatPercent(req.prior.conversionRate)} role average`
    : `no history yet: rated at the ${formatPercent(req.prior.conversionRate)} role average`;
  const satisfaction = typeof perf?.satisfaction === "number" ? `; satisfaction ${formatScore(perf.satisfaction)}` : "";
  return {
    expertise: `${formatScore(v.expertise)} skill match for ${roleLabel(req.role)} work (${skills.join(", ")})`,
    workload: `${seat.activeLoad} of ${seat.capacity} clients now; ${formatPercent(v.workload)} of capacity free after this one`,
    successRate: `${history}${satisfaction}`,
    preferenceFit: preferenceParts(seat, req).join("; "),
    commission: req.commissionPotential > 0
      ? `${formatMoney(req.commissionPotential)} at stake (${formatScore(Math.min(req.commissionPotential / COMMISSION_FACTOR_CAP, 1))} of the ${formatMoney(COMMISSION_FACTOR_CAP)} cap) x closer strength ${formatScore(closerStrength(perf, req.prior))}`
      : "no commission at stake",
  };
}

function preferenceParts(seat: SeatCandidate, req: SeatRequest): string[] {
  const lang = languageFit(seat, req);
  const parts = [lang > 0 ? `speaks ${languageName(req.language)} (${formatScore(lang)})` : `does not speak ${languageName(req.language)}`];
  const market = marketFamiliarity(seat, req);
  if (market !== null && req.market) {
    const n = seat.marketIds.length === 0 || seat.role === "overseer" ? req.marketCount : seat.marketIds.length;
    parts.push(market > 0 ? `covers ${req.market.name}${n > 1 ? ` among ${n} markets` : " only"} (${formatScore(market)})` : `does not cover ${req.market.name}`);
  }
  const kind = kindFit(seat, req);
  if (kind !== null) {
    const why = req.wantsPerson ? "the client asked for a person" : "after hours an instant answer matters";
    parts.push(`${seat.kind === "ai" ? "AI" : "human"} seat, ${why} (${formatScore(kind)})`);
  }
  const band = priceBandFit(seat, req);
  if (band !== null) parts.push(`luxury client, luxury skill ${formatScore(band)}`);
  return parts;
}
