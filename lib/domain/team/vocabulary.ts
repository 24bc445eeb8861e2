/**
 * The words the whole product shares: seat roles, presence, pipelines and the other closed sets
 * that the database enforces with check constraints and the UI offers as choices.
 */

export const SEAT_KINDS = ["ai", "human"] as const;
export type SeatKind = (typeof SEAT_KINDS)[number];

export const SPECIALIST_ROLES = [
  "listing_specialist",
  "buyer_specialist",
  "market_analyst",
  "negotiation_expert",
  "transaction_coordinator",
] as const;
export const SUPPORT_ROLES = ["administrative", "follow_up", "marketing", "analytics"] as const;
export const SEAT_ROLES = ["overseer", ...SPECIALIST_ROLES, "geographic", ...SUPPORT_ROLES] as const;
export type SeatRole = (typeof SEAT_ROLES)[number];

export const PRESENCE = ["available", "away", "offline", "vacation"] as const;
export type Presence = (typeof PRESENCE)[number];

export const USER_ROLES = ["overseer", "agent", "viewer"] as const;
export type UserRole = (typeof USER_ROLES)[number];

export const MARKET_TYPES = ["primary", "adjacent", "investment", "luxury", "emerging"] as const;
export type MarketType = (typeof MARKET_TYPES)[number];

export const CLIENT_TYPES = ["buyer", "seller", "investor", "renter"] as const;
export type ClientType = (typeof CLIENT_TYPES)[number];

export const TEMPERATURES = ["hot", "warm", "cold"] as const;
export type Temperature = (typeof TEMPERATURES)[number];

export const SELLER_STAGES = [
  "New Lead",
  "Qualifying",
  "Warm Seller",
  "Hot Seller",
  "Listing Appointment",
  "Listed",
  "Under Contract",
  "Closed",
  "Lost",
] as const;
export const BUYER_STAGES = [
  "New Lead",
  "Qualifying",
  "Financially Ready",
  "Showing Scheduled",
  "Under Contract",
  "Closed",
  "Lost",
] as const;
export const PIPELINES = ["seller", "buyer"] as const;
export type Pipeline = (typeof PIPELINES)[number];
export const PIPELINE_STAGES = [...new Set([...SELLER_STAGES, ...BUYER_STAGES])];
export type PipelineStage = (typeof SELLER_STAGES)[number] | (typeof BUYER_STAGES)[number];

export const REQUEST_SOURCES = ["ghl_webhook", "form", "api"] as const;
export const REQUEST_STATUSES = ["received", "routed", "escalated", "failed"] as const;

export const TEAM_ROLES = ["lead", "support"] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];
export const ASSIGNMENT_STATES = ["offered", "accepted", "declined", "timed_out", "rescinded", "completed"] as const;
export type AssignmentState = (typeof ASSIGNMENT_STATES)[number];
/** States in which an assignment still holds a seat's capacity. */
export const ACTIVE_ASSIGNMENT_STATES = ["offered", "accepted"] as const satisfies readonly AssignmentState[];

export const TRANSACTION_SIDES = ["buy", "sell", "dual"] as const;
export const TRANSACTION_STATUSES = ["open", "closed", "cancelled"] as const;

export const CHANNELS = ["sms", "email", "call", "voicemail", "chat", "social", "note", "meeting"] as const;
export type Channel = (typeof CHANNELS)[number];
export const DIRECTIONS = ["inbound", "outbound", "internal"] as const;

export const HANDOFF_KINDS = ["transfer", "add_support"] as const;
export const HANDOFF_INITIATORS = ["seat", "coordinator", "rebalance", "overseer"] as const;
export const HANDOFF_STATES = ["proposed", "accepted", "rejected", "completed", "cancelled"] as const;
export type HandoffState = (typeof HANDOFF_STATES)[number];

export const CONFLICT_KINDS = ["ownership_claim", "double_booking", "price_disagreement"] as const;
/** A note on the client's shared thread, or the lead's plan for the one reply the client hears. */
export const THREAD_KINDS = ["note", "reply_plan"] as const;

export const ESCALATION_TRIGGERS = [
  "human_requested",
  "distress_words",
  "unproductive_exchanges",
  "hot_qualified",
  "high_commission",
  "negative_sentiment",
  "fallback_exhausted",
  "deadline_at_risk",
  "agent_conflict",
  "no_eligible_seat",
] as const;
export const SEVERITIES = ["critical", "high", "medium", "low"] as const;
export type Severity = (typeof SEVERITIES)[number];
export const ESCALATION_STATUSES = ["open", "acknowledged", "resolved"] as const;

export const QUALITY_RULES = ["fair_housing", "tcpa", "can_spam", "ai_disclosure", "methodology", "tone"] as const;
export const FINDING_LEVELS = ["block", "warn", "info"] as const;

/** Who wrote an outbound message: an AI seat, a person, a stored template sent as is, or a campaign. */
export const MESSAGE_AUTHORS = ["ai", "human", "template", "campaign"] as const;
export type MessageAuthor = (typeof MESSAGE_AUTHORS)[number];
/** Why a message goes out: a reply in a conversation, marketing (quiet hours apply), or a transactional notice. */
export const MESSAGE_PURPOSES = ["conversational", "marketing", "transactional"] as const;
export type MessagePurpose = (typeof MESSAGE_PURPOSES)[number];
/**
 * An outbound message's life in the outbox: held (the gate warned; a person must say "send
 * anyway"), queued, sent (GHL took it), delivered, failed (gave up after retries), blocked (the
 * gate refused it; never sent), not_connected (no GHL token for the location).
 */
export const OUTBOX_STATES = ["held", "queued", "sent", "delivered", "failed", "blocked", "not_connected"] as const;
export type OutboxState = (typeof OUTBOX_STATES)[number];
export const FAIR_HOUSING_VERDICTS = ["ok", "warn", "block"] as const;
export type FairHousingVerdict = (typeof FAIR_HOUSING_VERDICTS)[number];
/** What the AI seat is doing with a client's conversation. */
export const CONVERSATION_STATES = ["active", "handed_off", "escalated", "opted_out", "paused"] as const;
export type ConversationState = (typeof CONVERSATION_STATES)[number];
/** Qualification answers the conversation extracts, seller's then buyer's, each with its source message. */
export const QUALIFICATION_FIELDS = ["address", "motivation", "timeline", "condition", "price", "budget", "pre_approval", "bedrooms", "yard", "move_in"] as const;
export type QualificationField = (typeof QUALIFICATION_FIELDS)[number];
/** What Jorge (or a coach) did about a seat's quality findings. */
export const CORRECTIVE_ACTION_KINDS = ["coaching_note", "template_change", "seat_paused"] as const;
export const CORRECTIVE_ACTION_OUTCOMES = ["improved", "no_change", "resolved"] as const;

export const TASK_STATUSES = ["open", "done", "cancelled"] as const;

/** What a seat can book with a client; each is a time on the seat's calendar and the client's timeline. */
export const APPOINTMENT_KINDS = ["showing", "listing_appointment", "call", "meeting"] as const;
export type AppointmentKind = (typeof APPOINTMENT_KINDS)[number];
export const APPOINTMENT_STATUSES = ["scheduled", "done", "cancelled", "no_show"] as const;

/** How a logged call or meeting ended. */
export const CONTACT_OUTCOMES = ["connected", "left_voicemail", "no_answer", "wrong_number", "appointment_set", "not_interested"] as const;
export type ContactOutcome = (typeof CONTACT_OUTCOMES)[number];

/** Why a seat is told something it did not ask for (a client moved away, a booking changed). */
export const NOTICE_KINDS = ["client_moved_away", "client_moved_in", "appointment_reminder", "task_reassigned", "escalation_closed"] as const;

export const VENDOR_CATEGORIES = ["inspector", "contractor", "title", "escrow", "lender", "photographer", "stager", "attorney"] as const;

export const RESO_STATUSES = ["Active", "Pending", "Closed", "Canceled", "Expired", "Withdrawn"] as const;
export const PROPERTY_TYPES = ["Residential", "Condominium", "Townhouse", "Land", "MultiFamily"] as const;
