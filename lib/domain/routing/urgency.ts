import type { PipelineStage, Temperature } from "../team/vocabulary";
import { URGENCY_PHRASES } from "./phrases";
import { findPhrase } from "./text-signals";
import type { Urgency } from "./types";

/** A timeline of this many days or fewer is urgent: Jorge's closings take 30-45 days. */
export const URGENT_TIMELINE_DAYS = 30;

/** What the urgency rules read. */
export interface UrgencyInput {
  /** Normalized text (see normalizeText). */
  normalizedText: string;
  temperature?: Temperature | null;
  timelineDays?: number | null;
  stage?: PipelineStage | null;
  /** The client said there is no rush: the text's own urgency words are then ignored. */
  notReady?: boolean;
}

/**
 * High urgency when any signal fires: urgent words in the text, a hot temperature, the Hot Seller
 * stage, or a timeline of URGENT_TIMELINE_DAYS or fewer. Each signal that fired is listed.
 */
export function assessUrgency(input: UrgencyInput): { urgency: Urgency; signals: string[] } {
  const signals: string[] = [];
  if (!input.notReady) {
    const hit = findPhrase(input.normalizedText, URGENCY_PHRASES);
    if (hit) signals.push(`the text says "${hit.matched}"`);
  }
  if (input.temperature === "hot") signals.push("the temperature is hot");
  if (input.stage === "Hot Seller") signals.push("the stage is Hot Seller");
  const days = input.timelineDays;
  if (days !== null && days !== undefined && days >= 0 && days <= URGENT_TIMELINE_DAYS) {
    signals.push(`the timeline is ${days} days (${URGENT_TIMELINE_DAYS} or fewer)`);
  }
  return { urgency: signals.length > 0 ? "high" : "normal", signals };
}
