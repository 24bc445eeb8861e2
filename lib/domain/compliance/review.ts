import { checkCanSpam } from "./can-spam";
import { checkConsent } from "./consent";
import { checkDisclosure } from "./disclosure";
import { checkFairHousing, fairHousingLevel } from "./fair-housing";
import { detectConsentSignal } from "./opt-out";
import { checkQuietHours } from "./quiet-hours";
import type { ReviewContext, ReviewInput } from "./review-input";
import { checkRubric } from "./rubric";
import type { Finding, Verdict } from "./verdict";

const SEVERITY_RANK = { block: 0, warn: 1, info: 2 } as const;

/**
 * Findings by severity (block, warn, info), then by where their excerpt stands in the text;
 * findings about the whole message (an excerpt not in the text) come first within their severity.
 */
function ordered(text: string, findings: Finding[]): Finding[] {
  if (findings.length < 2) return findings;
  const at = findings.map((f) => (f.excerpt ? text.indexOf(f.excerpt) : -1));
  const order = findings.map((_, i) => i);
  order.sort((a, b) => SEVERITY_RANK[findings[a]!.severity] - SEVERITY_RANK[findings[b]!.severity] || at[a]! - at[b]! || a - b);
  return order.map((i) => findings[i]!);
}

/** The inbound side: the client's opt-out or opt-in, and a question about talking to a machine. */
function reviewInbound(input: ReviewInput, context: ReviewContext | undefined): Verdict {
  const signal = detectConsentSignal(input.text);
  const findings = checkDisclosure(input, context);
  if (signal.optOut) {
    findings.push({ rule: "tcpa", category: "opt_out", severity: "info", excerpt: signal.excerpt ?? "", explanation: "The client revoked consent: stop every message at once; one confirmation without marketing may follow, then nothing until they opt back in." });
  } else if (signal.optIn) {
    findings.push({ rule: "tcpa", category: "opt_in", severity: "info", excerpt: signal.excerpt ?? "", explanation: "The client opted back in (START): messages on this channel may resume." });
  }
  return { allowed: true, fairHousing: "ok", optOut: signal.optOut, quietHours: false, findings: ordered(input.text, findings) };
}

/**
 * The quality gate on one message. Outbound: Fair Housing (the text and an email's subject),
 * TCPA quiet hours and consent, CAN-SPAM, Jorge's rubric and the AI disclosure rule; allowed
 * when nothing blocks. Inbound: the opt-out signal and the disclosure question; always allowed.
 * `context` is what the product knows of the recipient and author (the doors pass none); `now`
 * stands in for a missing sentAt.
 */
export function reviewMessage(input: ReviewInput, context?: ReviewContext, now: Date = new Date()): Verdict {
  if (input.direction === "inbound") return reviewInbound(input, context);
  const subject = input.channel === "Email" ? context?.email?.subject?.trim() : undefined;
  const fairHousing = subject ? [...checkFairHousing(input.text), ...checkFairHousing(subject)] : checkFairHousing(input.text);
  const quiet = checkQuietHours(input, now);
  const findings = [...fairHousing, ...quiet.findings, ...checkConsent(input, context), ...checkCanSpam(input, context), ...checkRubric(input, context), ...checkDisclosure(input, context)];
  return {
    allowed: !findings.some((f) => f.severity === "block"),
    fairHousing: fairHousingLevel(fairHousing),
    optOut: false,
    quietHours: quiet.quietHours,
    findings: ordered(input.text, findings),
  };
}
