import type { ReviewContext, ReviewInput } from "./review-input";
import type { Finding } from "./verdict";

/**
 * Consent, per channel: nothing goes to a client who opted out except the single confirmation of
 * the opt-out (context.kind "opt_out_confirmation", never marketing); a text needs SMS consent
 * and an email needs email consent. Without context.consent nothing is known and nothing is
 * found. Other channels (calls, chat apps) have no stored consent to check.
 */
export function checkConsent(input: ReviewInput, context: ReviewContext | undefined): Finding[] {
  const consent = context?.consent;
  if (!consent || input.direction !== "outbound") return [];
  const rule = input.channel === "Email" ? "can_spam" : "tcpa";
  if (consent.optedOut) {
    const confirmation = context?.kind === "opt_out_confirmation" && input.purpose !== "marketing";
    if (confirmation) return [];
    return [{
      rule, category: "opt_out", severity: "block", excerpt: "",
      explanation: context?.kind === "opt_out_confirmation"
        ? "An opt-out confirmation may not carry marketing: send only the confirmation."
        : "The client opted out: after the one confirmation nothing more may be sent until they opt back in (START).",
    }];
  }
  if (input.channel === "SMS" && !consent.sms) {
    return [{ rule: "tcpa", category: "consent", severity: "block", excerpt: "", explanation: "The client has not agreed to texts: send it by a channel they agreed to, or ask for SMS consent first.", suggestion: "Call or email instead, or ask the client whether texts are welcome." }];
  }
  if (input.channel === "Email" && !consent.email) {
    return [{ rule: "can_spam", category: "consent", severity: "block", excerpt: "", explanation: "The client has not agreed to email: send it by a channel they agreed to, or ask for email consent first." }];
  }
  return [];
}
