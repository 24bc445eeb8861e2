import type { OutboxState } from "@/lib/domain/team/vocabulary";

/** One finding of the gate, as the compose panel shows it. */
export interface ComposeFinding {
  severity: "block" | "warn" | "info";
  rule: string;
  category: string;
  excerpt: string;
  explanation: string;
  suggestion: string | null;
}

/** What became of one message written in the compose panel. */
export interface ComposeOutcome {
  messageId: string;
  state: OutboxState;
  body: string;
  findings: ComposeFinding[];
  /** Why GoHighLevel could not send (not_connected) or the last send error (failed). */
  lastError: string | null;
  /** For not_connected: whether the client lacks a GoHighLevel contact id, and whether the location lacks a connection. */
  noContact: boolean;
  noConnection: boolean;
}

/** What the compose panel's actions answer: an outcome, or a refusal in words; and the nonce for the next message. */
export interface ComposeState {
  outcome?: ComposeOutcome;
  error?: string;
  fieldErrors?: Record<string, string>;
  /** A fresh idempotency nonce once a message was stored, so the next one is a new message. */
  nextNonce?: string;
}

const NO_CONNECTION = "GoHighLevel is not connected for this client's location (Settings > GoHighLevel sending)";
const NO_CONTACT = "the client has no GoHighLevel contact id";

/** The outcome in plain words, as it stands next to the form. */
export function outcomeWords(o: ComposeOutcome): string {
  switch (o.state) {
    case "blocked": {
      const first = o.findings.find((f) => f.severity === "block");
      return `Not sent: ${first ? first.explanation : "the quality gate blocks this message."}`;
    }
    case "held":
      return "Held for review: the quality gate warns about this message. Send it anyway, or edit it.";
    case "not_connected": {
      const reasons = [...(o.noConnection ? [NO_CONNECTION] : []), ...(o.noContact ? [NO_CONTACT] : [])];
      return `Saved, not sent: ${reasons.length ? reasons.join("; and ") : o.lastError ?? NO_CONNECTION}.`;
    }
    case "queued":
      return "Queued; it will show as sent or delivered below.";
    case "sent":
      return "Sent; it will show as delivered below once GoHighLevel confirms.";
    case "delivered":
      return "Delivered.";
    case "failed":
      return `Failed: ${o.lastError ?? "GoHighLevel did not take it"}.`;
  }
}
