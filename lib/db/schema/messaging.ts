import { sql } from "drizzle-orm";
import { boolean, check, index, integer, jsonb, pgTable, primaryKey, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import {
  CHANNELS, CONVERSATION_STATES, CORRECTIVE_ACTION_KINDS, CORRECTIVE_ACTION_OUTCOMES, FAIR_HOUSING_VERDICTS, MESSAGE_AUTHORS, MESSAGE_PURPOSES, OUTBOX_STATES, QUALIFICATION_FIELDS,
} from "../../domain/team/vocabulary";
import { at, createdAt, id, oneOf, organizationId, orgRef } from "./columns";
import { clients, interactions } from "./clients";
import { organizations, users } from "./organization";
import { seats } from "./team";

/** What the team says to clients: the outbox and its gate verdicts, the AI seats' conversations, templates, and GHL sending. */

export const outboundMessages = pgTable(
  "outbound_messages",
  {
    organizationId: organizationId(),
    id: id(),
    clientId: uuid("client_id").notNull(),
    /** The seat the message speaks for (an AI seat, or the team member's own). */
    seatId: uuid("seat_id"),
    /** The person who wrote it, or who said "send anyway" to a warned message. */
    authorUserId: uuid("author_user_id"),
    authorKind: text("author_kind").notNull(),
    purpose: text("purpose").notNull().default("conversational"),
    channel: text("channel").notNull(),
    subject: text("subject"),
    body: text("body").notNull(),
    /** One key per message the product means to send once (a retry of the same send finds this row). */
    idempotencyKey: text("idempotency_key").notNull(),
    /** The inbound message this answers, for reply times and the conversation's order. */
    inReplyToId: uuid("in_reply_to_id"),
    /** The timeline row of this message, written once it is queued. */
    interactionId: uuid("interaction_id"),
    /** The reviewer's whole verdict: allowed, fairHousing, quietHours, findings. */
    verdict: jsonb("verdict").notNull(),
    allowed: boolean("allowed").notNull(),
    fairHousing: text("fair_housing").notNull(),
    state: text("state").notNull(),
    overriddenByUserId: uuid("overridden_by_user_id"),
    overriddenAt: at("overridden_at"),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
    nextAttemptAt: at("next_attempt_at"),
    ghlLocationId: text("ghl_location_id"),
    ghlConversationId: text("ghl_conversation_id"),
    ghlMessageId: text("ghl_message_id"),
    createdAt: createdAt(),
    queuedAt: at("queued_at"),
    sentAt: at("sent_at"),
    deliveredAt: at("delivered_at"),
    failedAt: at("failed_at"),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    orgRef("outbound_messages_client_fk", t.clientId, clients, t.organizationId),
    orgRef("outbound_messages_seat_fk", t.seatId, seats, t.organizationId),
    orgRef("outbound_messages_author_fk", t.authorUserId, users, t.organizationId),
    orgRef("outbound_messages_override_fk", t.overriddenByUserId, users, t.organizationId),
    orgRef("outbound_messages_reply_fk", t.inReplyToId, interactions, t.organizationId),
    orgRef("outbound_messages_interaction_fk", t.interactionId, interactions, t.organizationId),
    uniqueIndex("outbound_messages_idempotency").on(t.organizationId, t.idempotencyKey),
    uniqueIndex("outbound_messages_ghl_message").on(t.organizationId, t.ghlMessageId).where(sql`${t.ghlMessageId} is not null`),
    index("outbound_messages_due").on(t.state, t.nextAttemptAt).where(sql`${t.state} = 'queued'`),
    index("outbound_messages_client_time").on(t.organizationId, t.clientId, t.createdAt),
    index("outbound_messages_seat_time").on(t.organizationId, t.seatId, t.createdAt),
    index("outbound_messages_org_time").on(t.organizationId, t.createdAt),
    check("outbound_messages_author_ck", oneOf(t.authorKind, MESSAGE_AUTHORS)),
    check("outbound_messages_purpose_ck", oneOf(t.purpose, MESSAGE_PURPOSES)),
    check("outbound_messages_channel_ck", oneOf(t.channel, CHANNELS)),
    check("outbound_messages_state_ck", oneOf(t.state, OUTBOX_STATES)),
    check("outbound_messages_fair_housing_ck", oneOf(t.fairHousing, FAIR_HOUSING_VERDICTS)),
    check("outbound_messages_body_ck", sql`length(trim(${t.body})) between 1 and 20000`),
    check("outbound_messages_attempts_ck", sql`${t.attempts} >= 0`),
    check("outbound_messages_blocked_ck", sql`${t.state} <> 'blocked' or not ${t.allowed}`),
    check("outbound_messages_allowed_ck", sql`${t.allowed} or ${t.state} in ('blocked', 'held') or ${t.overriddenAt} is not null`),
  ],
);

/** Each qualification answer the conversation learned, with the message it came from; the latest per field. */
export const qualificationAnswers = pgTable(
  "qualification_answers",
  {
    organizationId: organizationId(),
    id: id(),
    clientId: uuid("client_id").notNull(),
    field: text("field").notNull(),
    /** The answer as the product reads it: { days: 60 }, { min, max }, { value: true }, { text }. */
    value: jsonb("value").notNull(),
    /** The words it was read from. */
    excerpt: text("excerpt").notNull(),
    sourceInteractionId: uuid("source_interaction_id"),
    quality: integer("quality").notNull().default(100),
    extractedAt: at("extracted_at").notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    orgRef("qualification_answers_client_fk", t.clientId, clients, t.organizationId),
    orgRef("qualification_answers_source_fk", t.sourceInteractionId, interactions, t.organizationId),
    uniqueIndex("qualification_answers_field").on(t.organizationId, t.clientId, t.field),
    check("qualification_answers_field_ck", oneOf(t.field, QUALIFICATION_FIELDS)),
    check("qualification_answers_quality_ck", sql`${t.quality} between 0 and 100`),
  ],
);

/** The AI seat's side of a client's conversation: whether it still speaks, and what it asked last. */
export const conversations = pgTable(
  "conversations",
  {
    organizationId: organizationId(),
    id: id(),
    clientId: uuid("client_id").notNull(),
    aiSeatId: uuid("ai_seat_id"),
    state: text("state").notNull().default("active"),
    language: text("language").notNull().default("en"),
    /** The qualification field the last question asked about, so an answer is read against it. */
    lastQuestion: text("last_question"),
    questionsAsked: integer("questions_asked").notNull().default(0),
    /** Why the AI stopped speaking (handed to a person, an escalation, an opt-out). */
    stoppedReason: text("stopped_reason"),
    stoppedAt: at("stopped_at"),
    optOutConfirmedAt: at("opt_out_confirmed_at"),
    createdAt: createdAt(),
    updatedAt: at("updated_at").notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    orgRef("conversations_client_fk", t.clientId, clients, t.organizationId),
    orgRef("conversations_seat_fk", t.aiSeatId, seats, t.organizationId),
    uniqueIndex("conversations_client").on(t.organizationId, t.clientId),
    check("conversations_state_ck", oneOf(t.state, CONVERSATION_STATES)),
    check("conversations_last_question_ck", sql`${t.lastQuestion} is null or ${oneOf(t.lastQuestion, QUALIFICATION_FIELDS)}`),
  ],
);

/** Jorge-tone reply templates, kept as data the overseer edits: one body per key and language. */
export const messageTemplates = pgTable(
  "message_templates",
  {
    organizationId: organizationId().references(() => organizations.id),
    key: text("key").notNull(),
    language: text("language").notNull(),
    body: text("body").notNull(),
    updatedByUserId: uuid("updated_by_user_id"),
    updatedAt: at("updated_at").notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.key, t.language] }),
    orgRef("message_templates_user_fk", t.updatedByUserId, users, t.organizationId),
    check("message_templates_key_ck", sql`${t.key} ~ '^[a-z0-9_.]{2,64}$'`),
    check("message_templates_language_ck", sql`${t.language} ~ '^[a-z]{2}$'`),
    check("message_templates_body_ck", sql`length(trim(${t.body})) between 1 and 2000`),
  ],
);

/** A GHL location's Private Integration token, encrypted at rest; only its last four characters are ever shown. */
export const ghlLocationTokens = pgTable(
  "ghl_location_tokens",
  {
    organizationId: organizationId().references(() => organizations.id),
    locationId: text("location_id").notNull(),
    /** AES-256-GCM: base64 of iv, auth tag and ciphertext. */
    tokenCiphertext: text("token_ciphertext").notNull(),
    tokenLast4: text("token_last4").notNull(),
    updatedByUserId: uuid("updated_by_user_id"),
    updatedAt: at("updated_at").notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.locationId] }),
    orgRef("ghl_location_tokens_user_fk", t.updatedByUserId, users, t.organizationId),
  ],
);

/** What was done about a seat's quality (a coaching note, a template change, a pause), and its follow-up. */
export const correctiveActions = pgTable(
  "corrective_actions",
  {
    organizationId: organizationId(),
    id: id(),
    seatId: uuid("seat_id").notNull(),
    kind: text("kind").notNull(),
    /** The rule the action answers, when it answers one (fair_housing, methodology ...). */
    rule: text("rule"),
    note: text("note").notNull(),
    templateKey: text("template_key"),
    createdByUserId: uuid("created_by_user_id"),
    createdAt: createdAt(),
    followUpAt: at("follow_up_at").notNull(),
    followedUpAt: at("followed_up_at"),
    outcome: text("outcome"),
    followUpNote: text("follow_up_note"),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    orgRef("corrective_actions_seat_fk", t.seatId, seats, t.organizationId),
    orgRef("corrective_actions_user_fk", t.createdByUserId, users, t.organizationId),
    index("corrective_actions_seat").on(t.organizationId, t.seatId, t.createdAt),
    index("corrective_actions_due").on(t.organizationId, t.followUpAt).where(sql`${t.followedUpAt} is null`),
    check("corrective_actions_kind_ck", oneOf(t.kind, CORRECTIVE_ACTION_KINDS)),
    check("corrective_actions_outcome_ck", sql`${t.outcome} is null or ${oneOf(t.outcome, CORRECTIVE_ACTION_OUTCOMES)}`),
    check("corrective_actions_note_ck", sql`length(trim(${t.note})) between 1 and 4000`),
    check("corrective_actions_followed_ck", sql`(${t.followedUpAt} is null) = (${t.outcome} is null)`),
  ],
);
