import { formatMoney } from "../routing/labels";
import type { ClientType, Pipeline } from "../team/vocabulary";

/** Jorge's questions by the qualification key that stores the answer, in the order he asks them. */
const QUESTIONS: readonly (readonly [string, string])[] = [
  ["propertyAddress", "What is the property address?"],
  ["address", "What is the property address?"],
  ["whySelling", "Why are you selling?"],
  ["reason", "Why are you selling?"],
  ["movingTo", "Where are you moving?"],
  ["timeline30to45Ok", "Would a sale in the next 30-45 days work?"],
  ["timeline", "What is your timeline?"],
  ["condition", "Is the home move-in ready or does it need work?"],
  ["desiredPrice", "What price would feel good?"],
  ["price", "What price would feel good?"],
  ["priceRange", "What price range are you looking in?"],
  ["monthlyRent", "What monthly rent fits your budget?"],
  ["preApproved", "Are you pre-approved by a lender?"],
  ["preApproval", "Are you pre-approved by a lender?"],
  ["lender", "Which lender pre-approved you?"],
  ["preApprovalAmount", "How much are you pre-approved for?"],
  ["bedrooms", "How many bedrooms do you need?"],
  ["wantsYard", "Do you want a yard?"],
  ["moveInTimeline", "When do you want to move in?"],
  ["moveIn", "When do you want to move in?"],
  ["strategy", "What is your investment strategy?"],
];
const QUESTION = new Map(QUESTIONS);
/** Bookkeeping the seed and the quality check keep beside the answers, not answers themselves. */
const META = new Set(["pipeline", "kind", "answered", "answerQuality"]);

/** The four core questions per kind of client, each answerable under any of its keys. */
const CORE: Record<"seller" | "buyer" | "renter", readonly (readonly string[])[]> = {
  seller: [["whySelling", "reason"], ["timeline30to45Ok", "timeline"], ["condition"], ["desiredPrice", "price"]],
  buyer: [["priceRange"], ["preApproved", "preApproval"], ["bedrooms"], ["moveInTimeline", "moveIn", "timeline"]],
  renter: [["monthlyRent", "priceRange"], ["bedrooms"], ["moveInTimeline", "moveIn", "timeline"]],
};

const isRange = (v: object): v is { min: number; max: number } =>
  "min" in v && "max" in v && typeof v.min === "number" && typeof v.max === "number";

/** An answer in words, or null when there is none (null, blank, empty list or object). */
export function answerText(key: string, value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "boolean") return value ? "Yes" : "No";
  if (typeof value === "number") return /price|amount|budget|rent/i.test(key) ? formatMoney(value) : String(value);
  if (typeof value === "string") {
    const text = value.trim();
    if (!text) return null;
    return /^[a-z]+(?:_[a-z]+)+$/.test(text) ? text.charAt(0).toUpperCase() + text.slice(1).replace(/_/g, " ") : text;
  }
  if (Array.isArray(value)) {
    const parts = value.map((v) => answerText(key, v)).filter((v): v is string => v !== null);
    return parts.length ? parts.join(", ") : null;
  }
  if (typeof value === "object") {
    if (isRange(value)) return `${formatMoney(value.min)} - ${formatMoney(value.max)}`;
    return Object.keys(value).length ? JSON.stringify(value) : null;
  }
  return String(value);
}

/**
 * The client's answers as question and answer, Jorge's questions first in his order, then any
 * other key under its own name; empty answers are left out. Complete when the four core
 * questions of a seller, buyer or renter are all answered (a "no" is an answer).
 */
export function qualificationAnswers(
  qualification: Record<string, unknown>,
  client: { pipeline: Pipeline; type: ClientType },
): { answers: { question: string; answer: string }[]; complete: boolean } {
  const known = QUESTIONS.map(([key]) => key).filter((key) => key in qualification);
  const unknown = Object.keys(qualification).filter((key) => !QUESTION.has(key) && !META.has(key));
  const answers: { question: string; answer: string }[] = [];
  for (const key of [...known, ...unknown]) {
    const answer = answerText(key, qualification[key]);
    if (answer !== null) answers.push({ question: QUESTION.get(key) ?? key, answer });
  }
  const kind = client.pipeline === "seller" ? "seller" : client.type === "renter" ? "renter" : "buyer";
  const complete = CORE[kind].every((keys) => keys.some((key) => answerText(key, qualification[key]) !== null));
  return { answers, complete };
}
