import type { LeadFacts } from "../qualification/lead-score";
import type { ClientType, Pipeline, QualificationField } from "../team/vocabulary";
import type { ExtractedAnswer } from "./answer";
import type { ConversationLanguage } from "./language";

/** Jorge's seller questions, in his order. */
export const SELLER_QUESTIONS = ["address", "motivation", "timeline", "condition", "price"] as const satisfies readonly QualificationField[];
/** Jorge's buyer questions, in his order; bedrooms and yard are one question. */
export const BUYER_QUESTIONS = ["budget", "pre_approval", "bedrooms", "move_in"] as const satisfies readonly QualificationField[];
/** A renter has no lender to ask about. */
const RENTER_QUESTIONS = ["budget", "bedrooms", "move_in"] as const satisfies readonly QualificationField[];

/** What is on file about a client that already answers a question (a lead form's budget, the CRM's address). */
export interface KnownAnswers extends Omit<LeadFacts, "type" | "pipeline"> {
  propertyAddress?: string | null;
}

const present = (v: unknown) => v !== undefined && v !== null && !(typeof v === "string" && v.trim() === "");

/** The fields already answered: by an extracted answer, a client column or a qualification key the team recorded. */
export function answeredFields(pipeline: Pipeline, known: KnownAnswers, answers: readonly ExtractedAnswer[]): QualificationField[] {
  const q = known.qualification ?? {};
  const has = (...keys: string[]) => keys.some((k) => present(q[k]));
  const fields = new Set<QualificationField>(answers.map((a) => a.field));
  if (present(known.propertyAddress) || has("address", "propertyAddress")) fields.add("address");
  if (has("whySelling", "reason", "movingTo")) fields.add("motivation");
  if (has("condition")) fields.add("condition");
  if (present(known.priceExpectation) || has("desiredPrice", "price")) fields.add("price");
  if (present(known.budgetMin) || present(known.budgetMax) || has("priceRange", "monthlyRent")) fields.add("budget");
  if (known.preApproved === true || present(known.preApprovalAmount) || has("preApproved", "preApproval")) fields.add("pre_approval");
  if (has("bedrooms")) fields.add("bedrooms");
  if (has("wantsYard")) fields.add("yard");
  if (present(known.timelineDays) || has("timeline30to45Ok", "timeline", "moveInTimeline", "moveIn")) fields.add(pipeline === "seller" ? "timeline" : "move_in");
  return [...fields];
}

/** The questions that apply to a client, in Jorge's order. */
export function questionsFor(pipeline: Pipeline, type: ClientType): readonly QualificationField[] {
  if (pipeline === "seller") return SELLER_QUESTIONS;
  return type === "renter" ? RENTER_QUESTIONS : BUYER_QUESTIONS;
}

/** The template that asks a field's question. */
export const questionTemplateKey = (field: QualificationField) => `ask.${field === "yard" ? "bedrooms" : field}`;

/**
 * The next question in Jorge's order that nobody has answered, one at a time, or null when all
 * are answered. The bedrooms question also asks about a yard, so either answer covers it.
 */
export function nextQuestion(input: { pipeline: Pipeline; type: ClientType; answered: readonly QualificationField[]; language: ConversationLanguage }): { field: QualificationField; templateKey: string; language: ConversationLanguage } | null {
  const answered = new Set(input.answered);
  if (answered.has("yard")) answered.add("bedrooms");
  const field = questionsFor(input.pipeline, input.type).find((f) => !answered.has(f));
  return field ? { field, templateKey: questionTemplateKey(field), language: input.language } : null;
}
