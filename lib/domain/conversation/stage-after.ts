import { BUYER_STAGES, SELLER_STAGES, type Pipeline, type Temperature } from "../team/vocabulary";

/** Stages only a person sets (an appointment, a listing, a contract, the end): the conversation never moves a client out of them. */
const PERSON_SET: ReadonlySet<string> = new Set(["Listing Appointment", "Listed", "Showing Scheduled", "Under Contract", "Closed", "Lost"]);

/**
 * The pipeline stage after a client's answers: a seller in conversation is Qualifying, Warm
 * Seller once warm and Hot Seller once hot; a buyer is Qualifying, and Financially Ready once
 * pre-approved and warm or better. Stages only go forward, and a stage a person set (Listing
 * Appointment, Listed, Showing Scheduled, Under Contract, Closed, Lost) stays, as does a stage
 * the pipeline does not know.
 */
export function stageAfter(input: { pipeline: Pipeline; stage: string; temperature: Temperature; preApproved: boolean | null | undefined }): string {
  const order: readonly string[] = input.pipeline === "seller" ? SELLER_STAGES : BUYER_STAGES;
  const current = order.indexOf(input.stage);
  if (current < 0 || PERSON_SET.has(input.stage)) return input.stage;
  const target =
    input.pipeline === "seller"
      ? input.temperature === "hot" ? "Hot Seller" : input.temperature === "warm" ? "Warm Seller" : "Qualifying"
      : input.preApproved === true && input.temperature !== "cold" ? "Financially Ready" : "Qualifying";
  return order.indexOf(target) > current ? target : input.stage;
}
