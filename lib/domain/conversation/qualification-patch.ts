import { formatMoney } from "../routing/labels";
import type { ExtractedAnswer } from "./answer";

/** The client columns an answer fills, beside the qualification JSON. */
export interface ColumnPatch {
  propertyAddress?: string;
  priceExpectation?: number;
  budgetMin?: number | null;
  budgetMax?: number | null;
  preApproved?: boolean;
  preApprovalAmount?: number;
  timelineDays?: number;
}

/** What answers change on a client: keys of clients.qualification (the ones scoreLead and the dossier read) and columns. */
export interface QualificationPatch {
  qualification: Record<string, unknown>;
  columns: ColumnPatch;
}

const num = (v: unknown) => (typeof v === "number" && Number.isFinite(v) ? v : undefined);

function budgetText(min: number | undefined, max: number | undefined): string | { min: number; max: number } {
  if (min !== undefined && max !== undefined) return { min, max };
  return min !== undefined ? `${formatMoney(min)} or more` : `up to ${formatMoney(max!)}`;
}

/** One answer's keys; an answer that does not know ({ unknown: true }) keeps the client's words, so the question counts as asked and answered poorly. */
function patchOf(a: ExtractedAnswer, q: Record<string, unknown>, c: ColumnPatch): void {
  const v = a.value;
  if (v.unknown === true) {
    const key = { address: "address", motivation: "whySelling", timeline: "timeline", condition: "condition", price: "desiredPrice", budget: "priceRange", pre_approval: "preApproval", bedrooms: "bedrooms", yard: "yard", move_in: "moveInTimeline" }[a.field];
    q[key] = a.excerpt;
    return;
  }
  switch (a.field) {
    case "address":
      q.address = v.text;
      if (v.partial !== true) c.propertyAddress = String(v.text);
      return;
    case "motivation":
      q.whySelling = v.text ?? a.excerpt;
      if (typeof v.movingTo === "string") q.movingTo = v.movingTo;
      return;
    case "timeline":
      q.timeline = a.excerpt;
      if (typeof v.fits30to45 === "boolean") q.timeline30to45Ok = v.fits30to45;
      if (num(v.days) !== undefined) c.timelineDays = num(v.days);
      return;
    case "condition":
      q.condition = v.state;
      q.conditionNotes = v.text ?? a.excerpt;
      return;
    case "price":
      q.desiredPrice = num(v.amount);
      c.priceExpectation = num(v.amount);
      return;
    case "budget":
      q.priceRange = budgetText(num(v.min), num(v.max));
      c.budgetMin = num(v.min) ?? null;
      c.budgetMax = num(v.max) ?? null;
      return;
    case "pre_approval":
      q.preApproved = v.value === true;
      c.preApproved = v.value === true;
      if (num(v.amount) !== undefined) c.preApprovalAmount = num(v.amount);
      if (typeof v.lender === "string") q.lender = v.lender;
      if (v.cash === true) q.cashBuyer = true;
      return;
    case "bedrooms":
      q.bedrooms = num(v.max) !== undefined ? `${v.count}-${v.max}` : num(v.count);
      return;
    case "yard":
      q.wantsYard = v.value === true;
      return;
    case "move_in":
      q.moveInTimeline = a.excerpt;
      if (num(v.days) !== undefined) c.timelineDays = num(v.days);
  }
}

/**
 * The qualification keys and client columns a set of answers gives, so scoreLead and the
 * dossier read them. Pass every answer the client has given (stored and new): later answers
 * win, and answerQuality is the mean of all their qualities over 100.
 */
export function answersToQualification(answers: readonly ExtractedAnswer[]): QualificationPatch {
  const qualification: Record<string, unknown> = {};
  const columns: ColumnPatch = {};
  for (const answer of answers) patchOf(answer, qualification, columns);
  if (answers.length > 0) qualification.answerQuality = Math.round((answers.reduce((sum, a) => sum + a.quality, 0) / answers.length)) / 100;
  return { qualification, columns };
}
