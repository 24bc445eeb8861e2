import type { Severity } from "../team/vocabulary";

/**
 * The business's configurable defaults, as DOMAIN.md states them. A new organization is seeded
 * with these rows in `settings`; services fall back to them when a row is missing.
 */

/** Seconds an offer to a human seat waits for an answer before it falls back. */
export const OFFER_TIMEOUT_SECONDS = { hot: 120, default: 900 } as const;

/** Minutes to acknowledge and to resolve an escalation, per severity. */
export const ESCALATION_SLA: Record<Severity, { ackMinutes: number; resolveMinutes: number }> = {
  critical: { ackMinutes: 15, resolveMinutes: 240 },
  high: { ackMinutes: 60, resolveMinutes: 1440 },
  medium: { ackMinutes: 240, resolveMinutes: 2880 },
  low: { ackMinutes: 1440, resolveMinutes: 10080 },
};

/** How often one client may be handed between seats. */
export const HANDOFF_LIMITS = { samePairMinutes: 30, perHour: 3, perDay: 10 } as const;

/** Jorge's follow-up cadence: days after the first contact, then every 14 days, inside local business hours. */
export const FOLLOW_UP_CADENCE = {
  days: [2, 5, 8, 11, 14, 17, 20, 23, 26, 29],
  thenEveryDays: 14,
  maxAttempts: 10,
  windowStart: "09:00",
  windowEnd: "18:00",
} as const;

/** Setting keys, one per configurable rule. */
export const SETTING_KEYS = {
  routingWeights: "routing.weights",
  offerTimeouts: "offers.timeoutSeconds",
  escalationSla: "escalations.sla",
  handoffLimits: "handoffs.limits",
  followUpCadence: "followUp.cadence",
} as const;

/** Pipeline stages whose clients are still nurtured with the follow-up cadence. */
export const FOLLOW_UP_STAGES: readonly string[] = ["New Lead", "Qualifying", "Warm Seller", "Financially Ready"];
