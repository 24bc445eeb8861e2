import { reviewMessage } from "@/lib/domain/compliance/review";
import type { ReviewContext, ReviewInput } from "@/lib/domain/compliance/review-input";
import type { Verdict } from "@/lib/domain/compliance/verdict";
import { SENDABLE_CHANNELS, type ParsedDraft } from "./draft";
import type { Recipient } from "./recipient";

/** Reviews one draft for one recipient at a moment; injectable so a test can fix the verdict. */
export type Reviewer = (input: ReviewInput, context: ReviewContext, now: Date) => Verdict;

/** The reviewer's input and context for a draft: the channel, purpose and time, the client's consent, time zone and answers. */
export function reviewRequest(draft: ParsedDraft, recipient: Recipient, now: Date): { input: ReviewInput; context: ReviewContext } {
  const input: ReviewInput = {
    text: draft.body,
    direction: "outbound",
    channel: SENDABLE_CHANNELS[draft.channel].review,
    sentAt: now.toISOString(),
    recipientTimeZone: recipient.timeZone,
    ...(draft.purpose === "conversational" ? {} : { purpose: draft.purpose }),
  };
  const context: ReviewContext = {
    consent: recipient.consent,
    authorKind: draft.authorKind,
    pipeline: recipient.pipeline,
    answered: recipient.answered,
    ...(draft.channel === "email" ? { email: { subject: draft.subject ?? null } } : {}),
    ...(draft.reviewKind ? { kind: draft.reviewKind } : {}),
  };
  return { input, context };
}

/** The product's reviewer. */
export const defaultReviewer: Reviewer = (input, context, now) => reviewMessage(input, context, now);
