import type { ClientType, Pipeline, Temperature } from "../team/vocabulary";

/** What is known about a client that bears on how ready they are; absent means unknown. */
export interface LeadFacts {
  type: ClientType;
  pipeline: Pipeline;
  /** Answers the team recorded (clients.qualification), under the keys the dossier reads. */
  qualification?: Record<string, unknown> | null;
  priceExpectation?: number | null;
  budgetMin?: number | null;
  budgetMax?: number | null;
  preApproved?: boolean | null;
  preApprovalAmount?: number | null;
  timelineDays?: number | null;
}

export interface LeadScore {
  temperature: Temperature;
  /** 0..100, inside the band of the temperature: hot >= 80, warm 40-79, cold < 40. */
  score: number;
  answered: number;
  questions: number;
  reasons: string[];
}

/** Jorge's closing target: a sale (or a move) inside 45 days is ready now. */
export const READY_WITHIN_DAYS = 45;
/** Answer quality assumed when nobody has rated the answers: facts from the CRM's own fields are taken as given. */
const UNRATED_QUALITY = 0.7;

const BANDS: Record<Temperature, readonly [number, number]> = { cold: [0, 39], warm: [40, 79], hot: [80, 100] };

const has = (q: Record<string, unknown>, ...keys: string[]) =>
  keys.some((k) => q[k] !== undefined && q[k] !== null && (typeof q[k] !== "string" || (q[k] as string).trim() !== ""));
const known = (n: number | null | undefined) => n !== null && n !== undefined;

/** The core questions per kind of client, each with whether it is answered. */
function questions(f: LeadFacts, q: Record<string, unknown>): [string, boolean][] {
  const timeline = known(f.timelineDays) || has(q, "timeline30to45Ok", "timeline", "moveInTimeline", "moveIn");
  if (f.pipeline === "seller") {
    return [["why selling", has(q, "whySelling", "reason", "movingTo")], ["a 30-45 day sale", timeline], ["the home's condition", has(q, "condition")], ["the price", known(f.priceExpectation) || has(q, "desiredPrice", "price")]];
  }
  const bedrooms: [string, boolean] = ["bedrooms or yard", has(q, "bedrooms", "wantsYard")];
  if (f.type === "renter") return [["the monthly rent", has(q, "monthlyRent", "priceRange")], bedrooms, ["the move-in date", timeline]];
  const preApproval = f.preApproved === true || known(f.preApprovalAmount) || has(q, "preApproved", "preApproval");
  return [["the price range", known(f.budgetMax) || known(f.budgetMin) || has(q, "priceRange")], ["pre-approval", preApproval], bedrooms, ["the move-in date", timeline]];
}

/** Ready now: a seller accepts a 30-45 day sale; a buyer is pre-approved and moves within 45 days; a renter moves within 45 days. */
function ready(f: LeadFacts, q: Record<string, unknown>): boolean {
  const soon = known(f.timelineDays) && f.timelineDays! <= READY_WITHIN_DAYS;
  if (f.pipeline === "seller") return q.timeline30to45Ok === true || (q.timeline30to45Ok === undefined && soon);
  if (f.type === "renter") return soon;
  return soon && (f.preApproved === true || q.preApproved === true);
}

/**
 * A lead's temperature and score from what is known (DOMAIN "Jorge standard"): hot when every
 * core question is answered, the client is ready within the 30-45 day target and the answers
 * are good (quality >= 0.7); warm when all but one are answered with quality >= 0.5; cold
 * otherwise. The score sits in the temperature's band, higher the more is answered.
 */
export function scoreLead(facts: LeadFacts): LeadScore {
  const q = facts.qualification ?? {};
  const asked = questions(facts, q);
  const answered = asked.filter(([, yes]) => yes).length;
  const rated = typeof q.answerQuality === "number" && q.answerQuality >= 0 && q.answerQuality <= 1;
  const quality = rated ? (q.answerQuality as number) : UNRATED_QUALITY;
  const isReady = ready(facts, q);
  const temperature: Temperature =
    answered === asked.length && isReady && quality >= 0.7 ? "hot" : answered >= asked.length - 1 && quality >= 0.5 ? "warm" : "cold";
  const [low, high] = BANDS[temperature];
  const fill = 0.6 * (answered / asked.length) + 0.2 * (isReady ? 1 : 0) + 0.2 * quality;
  const missing = asked.filter(([, yes]) => !yes).map(([name]) => name);
  const reasons = [
    `${answered} of ${asked.length} core questions answered${missing.length ? ` (missing: ${missing.join(", ")})` : ""}`,
    isReady ? "ready within the 30-45 day target" : "not known to be ready within 45 days",
    rated ? `answer quality ${quality.toFixed(2)}` : "answers not rated yet",
  ];
  return { temperature, score: Math.round(low + fill * (high - low)), answered, questions: asked.length, reasons };
}
