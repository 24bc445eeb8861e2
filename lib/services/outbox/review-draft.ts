import { reviewMessage } from "@/lib/domain/compliance/review";
import type { ReviewContext, ReviewInput } from "@/lib/domain/compliance/review-input";
import type { Finding, Verdict } from "@/lib/domain/compliance/verdict";
import { SENDABLE_CHANNELS, type ParsedDraft } from "./draft";
import type { Recipient } from "./recipient";

/** Reviews one draft for one recipient at a moment; injectable so a test can fix the verdict. */
export type Reviewer = (input: ReviewInput, context: ReviewContext, now: Date) => Verdict;

/**
 * The reviewer's input and context for a draft: the channel, purpose and time, the client's
 * consent, time zone and answers, and for an email its subject, the team's sender and whether
 * the footer (postal address and unsubscribe link, added when it is sent) can be built.
 */
export function reviewRequest(draft: ParsedDraft, recipient: Recipient, now: Date): { input: ReviewInput; context: ReviewContext } {
  const input: ReviewInput = {
    text: draft.body,
    direction: "outbound",
    channel: SENDABLE_CHANNELS[draft.channel].review,
    sentAt: now.toISOString(),
    recipientTimeZone: recipient.timeZone,
    ...(draft.purpose === "conversational" ? {} : { purpose: draft.purpose }),
  };
  const email = recipient.email;
  const context: ReviewContext = {
    consent: recipient.consent,
    authorKind: draft.authorKind,
    pipeline: recipient.pipeline,
    answered: recipient.answered,
    ...(draft.channel === "email" ? { email: { subject: draft.subject ?? null, fromName: email.fromName, fromAddress: email.fromAddress, hasFooter: email.footer.ok } } : {}),
    ...(draft.reviewKind ? { kind: draft.reviewKind } : {}),
  };
  return { input, context };
}

const FOOTER_PARTS = new Set(["postal_address", "unsubscribe"]);

/**
 * Reviews a draft, and when an email lacks the postal address or unsubscribe link because the
 * team's footer cannot be built yet, says so once in the footer's own words (what to set in
 * Settings) instead of asking the author to write an address into each email.
 */
export function reviewDraft(review: Reviewer, draft: ParsedDraft, recipient: Recipient, now: Date): Verdict {
  const { input, context } = reviewRequest(draft, recipient, now);
  const verdict = review(input, context, now);
  const footer = recipient.email.footer;
  if (draft.channel !== "email" || footer.ok) return verdict;
  const missing = verdict.findings.filter((f) => f.rule === "can_spam" && FOOTER_PARTS.has(f.category));
  if (!missing.length) return verdict;
  const severity = missing.some((f) => f.severity === "block") ? "block" : missing[0]!.severity;
  const finding: Finding = { rule: "can_spam", category: "footer", severity, excerpt: "", explanation: footer.error, suggestion: "Open Settings > Email sender and complete it; the footer is then added to every email." };
  return { ...verdict, findings: verdict.findings.flatMap((f) => (f === missing[0] ? [finding] : missing.includes(f) ? [] : [f])) };
}

/** The product's reviewer. */
export const defaultReviewer: Reviewer = (input, context, now) => reviewMessage(input, context, now);
