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

/**
 * Which clients Jorge works himself: those carrying one of these tags, and those whose own stated
 * price puts his commission at or above the line. The default line is the luxury threshold
 * ($1.2M at 6% = $72K): at his price levels a $15K line would send him every lead. A market
 * median is an estimate, not the client's price, so an unknown price never counts.
 */
export const PERSONAL_HANDLING = { commissionThreshold: 72_000, tags: ["jorge", "jorge-personal", "vip"] } as const;

/**
 * Which CRM custom field holds which client fact. Keys are the product's fields; values are the
 * GHL custom field names or ids that feed them (compared without case, spaces or punctuation).
 */
export const GHL_FIELD_MAPPING = {
  budget: ["budget", "price range", "max budget"],
  timeline: ["timeline", "move timeline", "when are you moving", "timeframe"],
  postalCode: ["zip", "zip code", "property zip"],
  propertyAddress: ["property address", "home address"],
  priceExpectation: ["asking price", "price expectation", "home value"],
  preApproved: ["pre approved", "preapproved", "pre-approval"],
  leadSource: ["lead source"],
} as const satisfies Record<string, readonly string[]>;

/**
 * Who the team's emails come from, and the physical postal address CAN-SPAM requires in every
 * one (a street address or a registered P.O. box, with state and ZIP). The address is the
 * overseer's to enter: until it is, the product cannot build a lawful email footer.
 */
export const EMAIL_SENDER_SETTING_KEY = "email.sender";
export const EMAIL_SENDER: { fromName: string; fromAddress: string | null; postalAddress: string | null } = { fromName: "Jorge Salas Real Estate", fromAddress: null, postalAddress: null };

/** Setting keys, one per configurable rule. */
export const SETTING_KEYS = {
  routingWeights: "routing.weights",
  offerTimeouts: "offers.timeoutSeconds",
  escalationSla: "escalations.sla",
  handoffLimits: "handoffs.limits",
  followUpCadence: "followUp.cadence",
  personalHandling: "routing.personalHandling",
  ghlFieldMapping: "ghl.fieldMapping",
} as const;

/** Pipeline stages whose clients are still nurtured with the follow-up cadence. */
export const FOLLOW_UP_STAGES: readonly string[] = ["New Lead", "Qualifying", "Warm Seller", "Financially Ready"];
