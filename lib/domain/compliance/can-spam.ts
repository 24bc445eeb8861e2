import type { ReviewContext, ReviewInput } from "./review-input";
import type { Finding } from "./verdict";

const STREET = /\b\d{1,6}[A-Za-z]?\s+(?:[\w.'#-]+\s+){0,5}(?:St|Street|Ave|Avenue|Blvd|Boulevard|Rd|Road|Dr|Drive|Ln|Lane|Way|Ct|Court|Pl|Place|Pkwy|Parkway|Hwy|Highway|Cir|Circle|Ter|Terrace|Trl|Trail|Sq|Square|Plaza|Loop|Row)\b\.?/i;
const PO_BOX = /\bP\.?\s?O\.?\s+Box\s+\d+/i;
const STATE_ZIP = /\b(?:[A-Z]{2}|California)\s+\d{5}(?:-\d{4})?\b/;
const UNSUBSCRIBE_LINK = /(?:https?:\/\/|mailto:)\S*unsubscribe\S*|(?:unsubscribe|opt[- ]out|stop (?:these|receiving)|dejar de recibir|darse de baja|cancel(?:ar|e)? (?:la )?suscripci[oó]n)[^\n]{0,80}?(?:https?:\/\/|mailto:)\S+/i;
const EMAIL_ADDRESS = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const FORWARD_OR_REPLY = /^\s*(?:re|fwd?|rv)\s*:/i;

/** True when the text holds a physical postal address: a street address or a P.O. box, then state and ZIP. */
export function hasPostalAddress(text: string): boolean {
  const start = text.search(STREET);
  const box = start < 0 ? text.search(PO_BOX) : start;
  return box >= 0 && STATE_ZIP.test(text.slice(box, box + 160));
}

/** True when the text holds a working unsubscribe link: a URL or mailto: next to an unsubscribe line, or an unsubscribe URL. */
export function hasUnsubscribeLink(text: string): boolean {
  return UNSUBSCRIBE_LINK.test(text);
}

/**
 * CAN-SPAM for an outbound email: an accurate sender (a name and a valid address), a subject
 * that is there and does not pose as a reply, a physical postal address and an unsubscribe link
 * (unless context.email.hasFooter says the product adds them, see buildEmailFooter, or the
 * email is transactional, which CAN-SPAM exempts from those two). With a context (the
 * product's own outbox) what is missing blocks; the doors know only the text, so a missing
 * address or link is a warning there and the sender and subject go unchecked.
 */
export function checkCanSpam(input: ReviewInput, context: ReviewContext | undefined): Finding[] {
  if (input.direction !== "outbound" || input.channel !== "Email") return [];
  const severity = context ? "block" : "warn";
  const findings: Finding[] = [];
  const email = context?.email;
  if (context) {
    const fromName = email?.fromName?.trim() ?? "";
    const fromAddress = email?.fromAddress?.trim() ?? "";
    if (!fromName || !EMAIL_ADDRESS.test(fromAddress)) {
      findings.push({ rule: "can_spam", category: "sender", severity, excerpt: fromAddress || fromName, explanation: "The email must say truthfully who sends it: a sender name and a valid from address.", suggestion: "Set the team's sender name and reply address in Settings > Messages to clients > Email sender." });
    }
    const subject = email?.subject?.trim() ?? "";
    if (!subject) {
      findings.push({ rule: "can_spam", category: "subject", severity, excerpt: "", explanation: "The email has no subject; CAN-SPAM needs one that says honestly what the email is about." });
    } else if (FORWARD_OR_REPLY.test(subject)) {
      findings.push({ rule: "can_spam", category: "subject", severity: "warn", excerpt: subject, explanation: "A subject starting with Re: or Fwd: says the email answers or forwards one; when it does not, it misleads.", suggestion: subject.replace(FORWARD_OR_REPLY, "").trim() });
    }
  }
  if (email?.hasFooter || input.purpose === "transactional") return findings;
  if (!hasPostalAddress(input.text)) {
    findings.push({ rule: "can_spam", category: "postal_address", severity, excerpt: "", explanation: "Every commercial email must carry the sender's physical postal address (street address or registered P.O. box).", suggestion: "Add the team's footer with its postal address." });
  }
  if (!hasUnsubscribeLink(input.text)) {
    findings.push({ rule: "can_spam", category: "unsubscribe", severity, excerpt: "", explanation: "Every commercial email needs a working unsubscribe link, honored within 10 business days.", suggestion: "Add the team's footer with its unsubscribe link." });
  }
  return findings;
}
