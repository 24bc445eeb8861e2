import type { SeatRequest } from "./seat-request";
import type { SeatCandidate } from "./types";

/** The outreach skill that measures how well a seat works in a language. */
export const LANGUAGE_SKILLS: Readonly<Record<string, string>> = { es: "spanish_outreach" };
/** Language fit of a seat that speaks the language but has no measured outreach skill in it. */
export const SPOKEN_WITHOUT_SKILL = 0.8;
/** Each extra market a seat covers dilutes its familiarity with any one of them by this much. */
export const MARKET_DILUTION = 0.25;
/** Kind fit: a client who asked for a person, or a request after hours that needs an instant answer. */
export const KIND_FIT = { wantsPerson: { human: 1, ai: 0 }, afterHours: { ai: 1, human: 0.25 } } as const;
/** The skill that shows a seat can serve luxury clients. */
export const LUXURY_SKILL = "luxury_marketing";

/** Language fit 0..1: 1 for English; for another language the seat's outreach skill in it, SPOKEN_WITHOUT_SKILL without one, 0 when the seat does not speak it. */
export function languageFit(seat: SeatCandidate, req: SeatRequest): number {
  if (!seat.languages.includes(req.language)) return 0;
  if (req.language === "en") return 1;
  const skill = LANGUAGE_SKILLS[req.language];
  const level = skill === undefined ? undefined : seat.skills[skill];
  return level === undefined ? SPOKEN_WITHOUT_SKILL : level;
}

/**
 * Market familiarity 0..1: a seat that covers only the client's market scores 1; each further
 * market dilutes it (1 / (1 + 0.25 * (markets - 1))), so a seat for all five markets scores 0.5.
 * 0 when it does not cover the market; null (not counted) when the market is unknown.
 */
export function marketFamiliarity(seat: SeatCandidate, req: SeatRequest): number | null {
  if (!req.market) return null;
  const unrestricted = seat.marketIds.length === 0 || seat.role === "overseer";
  if (!unrestricted && !seat.marketIds.includes(req.market.id)) return 0;
  const markets = unrestricted ? req.marketCount : seat.marketIds.length;
  return 1 / (1 + MARKET_DILUTION * (markets - 1));
}

/** Kind fit from KIND_FIT when the client asked for a person or the request came after hours; null (not counted) otherwise. */
export function kindFit(seat: SeatCandidate, req: SeatRequest): number | null {
  if (req.wantsPerson) return KIND_FIT.wantsPerson[seat.kind];
  if (req.afterHours) return KIND_FIT.afterHours[seat.kind];
  return null;
}

/** Price-band fit for luxury clients: the seat's luxury skill (0 without it); null (not counted) for other clients. */
export function priceBandFit(seat: SeatCandidate, req: SeatRequest): number | null {
  return req.luxury ? (seat.skills[LUXURY_SKILL] ?? 0) : null;
}

/**
 * Relationship fit for a client already served: their satisfaction with the seat serving them
 * for that seat, and its complement for every other seat, so a happy client stays and an unhappy
 * one is drawn elsewhere. null (not counted) for a client nobody serves yet.
 */
export function relationshipFit(seat: SeatCandidate, req: SeatRequest): number | null {
  if (!req.relationship) return null;
  return seat.id === req.relationship.seatId ? req.relationship.satisfaction : 1 - req.relationship.satisfaction;
}

/** Client-preference fit 0..1: the mean of the parts that apply (language always; market, kind, price band and relationship when known). */
export function preferenceFit(seat: SeatCandidate, req: SeatRequest): number {
  const parts = [marketFamiliarity(seat, req), kindFit(seat, req), priceBandFit(seat, req), relationshipFit(seat, req)];
  let sum = languageFit(seat, req);
  let count = 1;
  for (const part of parts) {
    if (part === null) continue;
    sum += part;
    count += 1;
  }
  return sum / count;
}
