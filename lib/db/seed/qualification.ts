import type { Temperature } from "../../domain/team/vocabulary";
import type { Prng } from "./prng";

/** The qualification answers and the money and score columns that follow from them. */
export interface Qualified {
  qualification: Record<string, unknown>;
  temperature: Temperature;
  leadScore: number;
  priceExpectation: number | null;
  budgetMin: number | null;
  budgetMax: number | null;
  /** Null until the team has asked (sellers are never asked). */
  preApproved: boolean | null;
  preApprovalAmount: number | null;
  timelineDays: number | null;
}

/** The lead-score bands: hot >= 80, warm 40-79, cold below 40. */
export function temperatureFor(score: number): Temperature {
  return score >= 80 ? "hot" : score >= 40 ? "warm" : "cold";
}

/** A score inside the band of a temperature. */
function scoreFor(rng: Prng, t: Temperature): number {
  return t === "hot" ? rng.int(80, 98) : t === "warm" ? rng.int(40, 79) : rng.int(5, 39);
}

/** Rounds a price to the nearest $5,000 (at least $5,000). */
export const round5k = (n: number) => Math.max(5_000, Math.round(n / 5_000) * 5_000);
const q2 = (n: number) => Math.round(n * 100) / 100;

const WHY = ["Relocating for work", "Downsizing to a single-story home", "Moving closer to family", "Cashing out equity to buy out of state", "Inherited the home", "Retiring", "Job transfer", "Need more space"];
const WHERE = ["Boise, ID", "Phoenix, AZ", "Temecula", "Las Vegas, NV", "Dallas, TX", "a smaller home nearby", "Orange County", "Sacramento", "Eastvale", "Upland"];
const CONDITION = ["move_in_ready", "minor_updates", "needs_work", "fixer"];
const SELLER_HOT = new Set(["Hot Seller", "Listing Appointment", "Listed", "Under Contract", "Closed"]);

/** Seller answers in Jorge's order; temperature follows his rule (4 answered, 30-45 days ok, quality). */
export function qualifySeller(rng: Prng, reached: string, lost: boolean, address: string | null, zipMedian: number): Qualified {
  let k: number, quality: number, timelineOk = rng.chance(0.5);
  if (lost) [k, quality] = [Math.min(3, reached === "New Lead" ? rng.int(0, 1) : rng.int(1, 3)), rng.between(0.2, 0.49)];
  else if (SELLER_HOT.has(reached)) [k, quality, timelineOk] = [4, rng.between(0.7, 0.98), true];
  else if (reached === "Warm Seller") {
    const full = rng.chance(0.5);
    [k, quality, timelineOk] = [full ? 4 : 3, full ? rng.between(0.5, 0.69) : rng.between(0.5, 0.92), full ? rng.chance(0.5) : timelineOk];
  } else if (reached === "Qualifying") [k, quality] = [rng.int(1, 3), rng.between(0.35, 0.85)];
  else [k, quality] = [rng.int(0, 1), rng.between(0.3, 0.8)];
  const desiredPrice = round5k(rng.lognormal(zipMedian, 0.2));
  const qualification: Record<string, unknown> = { pipeline: "seller", answered: k, answerQuality: q2(quality) };
  if (address) qualification.propertyAddress = address;
  if (k >= 1) Object.assign(qualification, { whySelling: rng.pick(WHY), movingTo: rng.pick(WHERE) });
  if (k >= 2) qualification.timeline30to45Ok = timelineOk;
  if (k >= 3) qualification.condition = rng.weighted([[CONDITION[0]!, 4], [CONDITION[1]!, 4], [CONDITION[2]!, 2], [CONDITION[3]!, 1]]);
  if (k >= 4) qualification.desiredPrice = desiredPrice;
  const temperature: Temperature = lost ? "cold" : k === 4 && timelineOk && quality >= 0.7 ? "hot" : k >= 3 && quality >= 0.5 ? "warm" : "cold";
  return {
    qualification, temperature, leadScore: scoreFor(rng, temperature), priceExpectation: k >= 4 ? desiredPrice : null,
    budgetMin: null, budgetMax: null, preApproved: null, preApprovalAmount: null,
    timelineDays: k >= 2 ? (timelineOk ? rng.int(30, 45) : rng.int(60, 180)) : null,
  };
}

const LENDERS = ["Foothill Home Loans", "Inland Valley Credit Union", "Citrus Mortgage Group", "Pacific Crest Lending", "Cucamonga Federal"];
const TIMELINES = [["within 30 days", 30], ["30-60 days", 45], ["60-90 days", 75], ["3-6 months", 120], ["6+ months", 200]] as const;
const BUYER_SCORE: Record<string, readonly [number, number]> = {
  "New Lead": [8, 45], Qualifying: [20, 68], "Financially Ready": [50, 85], "Showing Scheduled": [65, 95], "Under Contract": [80, 99], Closed: [78, 99],
};
const BUYER_ANSWERED: Record<string, readonly [number, number]> = {
  "New Lead": [0, 1], Qualifying: [1, 3], "Financially Ready": [3, 4], "Showing Scheduled": [4, 4], "Under Contract": [4, 4], Closed: [4, 4],
};

/** Buyer answers (price range, pre-approval, bedrooms and yard, timeline); investors and renters too. */
export function qualifyBuyer(rng: Prng, reached: string, lost: boolean, kind: "buyer" | "investor" | "renter", zipMedian: number): Qualified {
  const [lo, hi] = BUYER_ANSWERED[reached] ?? [0, 1];
  const k = lost ? Math.min(2, rng.int(lo, hi)) : rng.int(lo, hi);
  const [sLo, sHi] = lost ? [3, 35] : (BUYER_SCORE[reached] ?? [8, 45]);
  const leadScore = rng.int(sLo, sHi);
  const quality = lost ? rng.between(0.2, 0.5) : rng.between(0.45, 0.97);
  const qualification: Record<string, unknown> = { pipeline: "buyer", kind, answered: k, answerQuality: q2(quality) };
  const [timelineText, timelineDays] = rng.pick(TIMELINES);
  const bedrooms = rng.weighted([[2, 1], [3, 4], [4, 4], [5, 1]] as const);
  const out: Qualified = { qualification, temperature: temperatureFor(leadScore), leadScore, priceExpectation: null, budgetMin: null, budgetMax: null, preApproved: null, preApprovalAmount: null, timelineDays: null };
  if (kind === "renter") {
    const rent = Math.round(rng.between(2400, 4600) / 50) * 50;
    if (k >= 1) qualification.monthlyRent = { min: rent - 300, max: rent };
    if (k >= 2) Object.assign(qualification, { bedrooms, moveInTimeline: timelineText });
    return out;
  }
  const target = rng.lognormal(zipMedian * (kind === "investor" ? 0.82 : 1), kind === "investor" ? 0.2 : 0.25);
  const [min, max] = [round5k(target * 0.9), round5k(target * 1.04)];
  if (k >= 1 || rng.chance(0.4)) [out.budgetMin, out.budgetMax] = [min, max];
  if (k >= 1) qualification.priceRange = { min, max };
  if (k >= 2) {
    const approved = reached === "New Lead" || reached === "Qualifying" ? rng.chance(0.35) : true;
    qualification.preApproved = approved;
    out.preApproved = approved;
    if (approved) {
      out.preApprovalAmount = round5k(max * rng.between(1, 1.1));
      Object.assign(qualification, { lender: rng.pick(LENDERS), preApprovalAmount: out.preApprovalAmount });
    }
  }
  if (k >= 3) Object.assign(qualification, { bedrooms, wantsYard: rng.chance(0.7) });
  if (k >= 4) {
    qualification.moveInTimeline = timelineText;
    out.timelineDays = timelineDays;
  }
  if (kind === "investor") qualification.strategy = rng.pick(["buy_and_hold_rental", "fix_and_flip", "adu_addition"]);
  return out;
}
