/** The reviewer's words: what a check found in one message, and the verdict on the whole message. */
import type { FairHousingVerdict } from "../team/vocabulary";

export type FindingSeverity = "block" | "warn" | "info";

/**
 * One thing a check found. `rule` names the check (fair_housing, tcpa, can_spam, ai_disclosure,
 * methodology, tone); `category` what within it (a protected class such as familial_status, or
 * opt_out, quiet_hours, consent, emoji, length, one_question, question_order, pressure ...).
 */
export interface Finding {
  rule: "fair_housing" | "tcpa" | "can_spam" | "ai_disclosure" | "methodology" | "tone";
  category: string;
  severity: FindingSeverity;
  /** The words the finding is about, as they stand in the message. */
  excerpt: string;
  /** Why it matters, in a sentence the author can act on. */
  explanation: string;
  /** A rewording that keeps the meaning and passes, where one exists. */
  suggestion?: string;
}

/** The verdict on one message: `allowed` is false when any finding blocks. */
export interface Verdict {
  allowed: boolean;
  fairHousing: FairHousingVerdict;
  /** An inbound message that revokes consent (STOP, "no me manden más mensajes"). */
  optOut: boolean;
  /** A marketing text outside 8am-9pm in the recipient's time zone. */
  quietHours: boolean;
  findings: Finding[];
}
