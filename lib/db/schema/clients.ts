import { sql } from "drizzle-orm";
import { boolean, check, doublePrecision, index, integer, jsonb, pgTable, primaryKey, smallint, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { APPOINTMENT_KINDS, APPOINTMENT_STATUSES, BUYER_STAGES, CHANNELS, CONTACT_OUTCOMES, NOTICE_KINDS, CLIENT_TYPES, DIRECTIONS, PIPELINES, PIPELINE_STAGES, REQUEST_SOURCES, REQUEST_STATUSES, SELLER_STAGES, TASK_STATUSES, TEMPERATURES } from "../../domain/team/vocabulary";
import { at, createdAt, id, oneOf, organizationId, orgRef } from "./columns";
import { markets, organizations } from "./organization";
import { seats } from "./team";

export const clients = pgTable(
  "clients",
  {
    organizationId: organizationId().references(() => organizations.id),
    id: id(),
    firstName: text("first_name").notNull(),
    lastName: text("last_name").notNull().default(""),
    email: text("email"),
    phone: text("phone"),
    ghlContactId: text("ghl_contact_id"),
    type: text("type").notNull(),
    pipeline: text("pipeline").notNull(),
    stage: text("stage").notNull().default("New Lead"),
    marketId: uuid("market_id"),
    propertyAddress: text("property_address"),
    city: text("city"),
    state: text("state"),
    postalCode: text("postal_code"),
    /** Where the lead came from, as the team names it (Zillow, open house, referral, a GHL source). */
    leadSource: text("lead_source"),
    /** The CRM's custom fields as last received, keyed by field name or id, for fields no mapping claims. */
    customFields: jsonb("custom_fields").notNull().default({}),
    budgetMin: integer("budget_min"),
    budgetMax: integer("budget_max"),
    priceExpectation: integer("price_expectation"),
    /** Whether a lender pre-approved the buyer; null until someone asks. */
    preApproved: boolean("pre_approved"),
    preApprovalAmount: integer("pre_approval_amount"),
    timelineDays: integer("timeline_days"),
    temperature: text("temperature").notNull().default("cold"),
    leadScore: integer("lead_score").notNull().default(0),
    qualification: jsonb("qualification").notNull().default({}),
    tags: text("tags").array().notNull().default(sql`'{}'::text[]`),
    smsConsent: boolean("sms_consent").notNull().default(false),
    emailConsent: boolean("email_consent").notNull().default(false),
    optedOutAt: at("opted_out_at"),
    language: text("language").notNull().default("en"),
    timeZone: text("time_zone").notNull().default("America/Los_Angeles"),
    ownerSeatId: uuid("owner_seat_id"),
    satisfaction: doublePrecision("satisfaction"),
    createdAt: createdAt(),
    updatedAt: at("updated_at").notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    orgRef("clients_market_fk", t.marketId, markets, t.organizationId),
    orgRef("clients_owner_fk", t.ownerSeatId, seats, t.organizationId),
    uniqueIndex("clients_org_ghl_contact").on(t.organizationId, t.ghlContactId).where(sql`${t.ghlContactId} is not null`),
    index("clients_stage").on(t.organizationId, t.pipeline, t.stage),
    index("clients_owner").on(t.organizationId, t.ownerSeatId),
    index("clients_market").on(t.organizationId, t.marketId),
    check("clients_type_ck", oneOf(t.type, CLIENT_TYPES)),
    check("clients_pipeline_ck", oneOf(t.pipeline, PIPELINES)),
    check("clients_stage_ck", oneOf(t.stage, PIPELINE_STAGES)),
    check("clients_stage_in_pipeline_ck", sql`(${t.pipeline} = 'seller' and ${oneOf(t.stage, SELLER_STAGES)}) or (${t.pipeline} = 'buyer' and ${oneOf(t.stage, BUYER_STAGES)})`),
    check("clients_temperature_ck", oneOf(t.temperature, TEMPERATURES)),
    check("clients_lead_score_ck", sql`${t.leadScore} between 0 and 100`),
    check("clients_budget_ck", sql`${t.budgetMin} is null or ${t.budgetMax} is null or ${t.budgetMin} <= ${t.budgetMax}`),
    check("clients_money_positive_ck", sql`coalesce(${t.budgetMin}, 0) >= 0 and coalesce(${t.priceExpectation}, 0) >= 0 and coalesce(${t.preApprovalAmount}, 0) >= 0`),
    check("clients_contact_ck", sql`${t.email} is not null or ${t.phone} is not null or ${t.ghlContactId} is not null`),
    check("clients_name_ck", sql`length(trim(${t.firstName})) > 0`),
    check("clients_satisfaction_ck", sql`${t.satisfaction} is null or ${t.satisfaction} between 0 and 1`),
  ],
);

export const clientRequests = pgTable(
  "client_requests",
  {
    organizationId: organizationId().references(() => organizations.id),
    id: id(),
    clientId: uuid("client_id"),
    source: text("source").notNull(),
    idempotencyKey: text("idempotency_key").notNull(),
    requestText: text("request_text"),
    payload: jsonb("payload").notNull(),
    status: text("status").notNull().default("received"),
    /** Routing order among waiting requests: 0, a contact the team has not met yet (speed to lead), before 1, a known client's message. */
    priority: smallint("priority").notNull().default(0),
    error: text("error"),
    receivedAt: at("received_at").notNull().defaultNow(),
    processedAt: at("processed_at"),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    orgRef("client_requests_client_fk", t.clientId, clients, t.organizationId),
    uniqueIndex("client_requests_idempotency").on(t.organizationId, t.source, t.idempotencyKey),
    index("client_requests_status").on(t.organizationId, t.status, t.receivedAt),
    index("client_requests_waiting").on(t.priority, t.receivedAt).where(sql`${t.status} = 'received'`),
    check("client_requests_source_ck", oneOf(t.source, REQUEST_SOURCES)),
    check("client_requests_status_ck", oneOf(t.status, REQUEST_STATUSES)),
    check("client_requests_priority_ck", sql`${t.priority} in (0, 1)`),
  ],
);

export const interactions = pgTable(
  "interactions",
  {
    organizationId: organizationId(),
    id: id(),
    clientId: uuid("client_id").notNull(),
    seatId: uuid("seat_id"),
    channel: text("channel").notNull(),
    direction: text("direction").notNull(),
    body: text("body").notNull(),
    occurredAt: at("occurred_at").notNull().defaultNow(),
    externalId: text("external_id"),
    /** How a logged call or meeting ended. */
    outcome: text("outcome"),
    sentiment: doublePrecision("sentiment"),
    productive: boolean("productive"),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    orgRef("interactions_client_fk", t.clientId, clients, t.organizationId),
    orgRef("interactions_seat_fk", t.seatId, seats, t.organizationId),
    index("interactions_client_time").on(t.organizationId, t.clientId, t.occurredAt),
    index("interactions_seat_time").on(t.organizationId, t.seatId, t.occurredAt),
    /** Reply times over a period read the team's inbound messages in time order. */
    index("interactions_inbound_time").on(t.organizationId, t.occurredAt).where(sql`${t.direction} = 'inbound'`),
    uniqueIndex("interactions_external").on(t.organizationId, t.externalId).where(sql`${t.externalId} is not null`),
    check("interactions_channel_ck", oneOf(t.channel, CHANNELS)),
    check("interactions_direction_ck", oneOf(t.direction, DIRECTIONS)),
    check("interactions_outbound_has_seat_ck", sql`${t.direction} <> 'outbound' or ${t.seatId} is not null`),
    check("interactions_sentiment_ck", sql`${t.sentiment} is null or ${t.sentiment} between -1 and 1`),
    check("interactions_body_size_ck", sql`length(${t.body}) <= 20000`),
    check("interactions_outcome_ck", sql`${t.outcome} is null or ${oneOf(t.outcome, CONTACT_OUTCOMES)}`),
  ],
);

/** Promises made to a client and work owed on them (call tasks, follow-ups, paperwork). */
export const tasks = pgTable(
  "tasks",
  {
    organizationId: organizationId(),
    id: id(),
    clientId: uuid("client_id").notNull(),
    seatId: uuid("seat_id"),
    title: text("title").notNull(),
    kind: text("kind").notNull().default("todo"),
    dueAt: at("due_at"),
    status: text("status").notNull().default("open"),
    completedAt: at("completed_at"),
    attempt: integer("attempt"),
    remindedAt: at("reminded_at"),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    orgRef("tasks_client_fk", t.clientId, clients, t.organizationId),
    orgRef("tasks_seat_fk", t.seatId, seats, t.organizationId),
    index("tasks_seat_due").on(t.organizationId, t.seatId, t.status, t.dueAt),
    index("tasks_client").on(t.organizationId, t.clientId),
    uniqueIndex("tasks_one_follow_up_attempt").on(t.organizationId, t.clientId, t.attempt).where(sql`${t.kind} = 'follow_up'`),
    check("tasks_status_ck", oneOf(t.status, TASK_STATUSES)),
    check("tasks_kind_ck", oneOf(t.kind, ["todo", "call", "follow_up", "deadline", "document"])),
    check("tasks_done_has_time_ck", sql`${t.status} <> 'done' or ${t.completedAt} is not null`),
  ],
);

/** A showing, listing appointment, call or meeting a seat booked with a client, in the client's time zone. */
export const appointments = pgTable(
  "appointments",
  {
    organizationId: organizationId(),
    id: id(),
    clientId: uuid("client_id").notNull(),
    seatId: uuid("seat_id").notNull(),
    kind: text("kind").notNull(),
    startsAt: at("starts_at").notNull(),
    endsAt: at("ends_at").notNull(),
    timeZone: text("time_zone").notNull(),
    place: text("place"),
    notes: text("notes"),
    status: text("status").notNull().default("scheduled"),
    remindedAt: at("reminded_at"),
    bookedByUserId: uuid("booked_by_user_id"),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    orgRef("appointments_client_fk", t.clientId, clients, t.organizationId),
    orgRef("appointments_seat_fk", t.seatId, seats, t.organizationId),
    index("appointments_seat_time").on(t.organizationId, t.seatId, t.startsAt),
    index("appointments_client_time").on(t.organizationId, t.clientId, t.startsAt),
    index("appointments_reminder").on(t.organizationId, t.startsAt).where(sql`${t.status} = 'scheduled' and ${t.remindedAt} is null`),
    check("appointments_kind_ck", oneOf(t.kind, APPOINTMENT_KINDS)),
    check("appointments_status_ck", oneOf(t.status, APPOINTMENT_STATUSES)),
    check("appointments_order_ck", sql`${t.endsAt} > ${t.startsAt}`),
    check("appointments_length_ck", sql`${t.endsAt} - ${t.startsAt} <= interval '12 hours'`),
  ],
);

/** Something a seat is told without asking: a client moved to or away from it, a reminder, a reassigned task. */
export const seatNotices = pgTable(
  "seat_notices",
  {
    organizationId: organizationId(),
    id: id(),
    seatId: uuid("seat_id").notNull(),
    clientId: uuid("client_id"),
    kind: text("kind").notNull(),
    body: text("body").notNull(),
    /** A console path the notice opens, such as /clients/{id}. */
    href: text("href"),
    readAt: at("read_at"),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    orgRef("seat_notices_seat_fk", t.seatId, seats, t.organizationId),
    orgRef("seat_notices_client_fk", t.clientId, clients, t.organizationId),
    index("seat_notices_seat_time").on(t.organizationId, t.seatId, t.createdAt),
    check("seat_notices_kind_ck", oneOf(t.kind, NOTICE_KINDS)),
    check("seat_notices_body_ck", sql`length(trim(${t.body})) between 1 and 2000`),
  ],
);
