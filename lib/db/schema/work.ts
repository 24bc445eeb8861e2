import { sql } from "drizzle-orm";
import { boolean, check, date, doublePrecision, index, integer, jsonb, pgTable, primaryKey, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import {
  ASSIGNMENT_STATES, HANDOFF_INITIATORS, HANDOFF_KINDS, HANDOFF_STATES, PIPELINE_STAGES, SEAT_ROLES, TEAM_ROLES, TRANSACTION_SIDES, TRANSACTION_STATUSES,
} from "../../domain/team/vocabulary";
import { at, createdAt, id, oneOf, organizationId, orgRef } from "./columns";
import { clientRequests, clients } from "./clients";
import { markets } from "./organization";
import { seats } from "./team";

export const transactions = pgTable(
  "transactions",
  {
    organizationId: organizationId(),
    id: id(),
    clientId: uuid("client_id").notNull(),
    marketId: uuid("market_id"),
    propertyAddress: text("property_address").notNull(),
    postalCode: text("postal_code"),
    side: text("side").notNull(),
    price: integer("price").notNull(),
    commissionRate: doublePrecision("commission_rate").notNull().default(0.06),
    stage: text("stage").notNull(),
    status: text("status").notNull().default("open"),
    dualAgency: boolean("dual_agency").notNull().default(false),
    acceptanceDate: date("acceptance_date"),
    closeOfEscrowDate: date("close_of_escrow_date"),
    contractDates: jsonb("contract_dates").notNull().default({}),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    orgRef("transactions_client_fk", t.clientId, clients, t.organizationId),
    orgRef("transactions_market_fk", t.marketId, markets, t.organizationId),
    index("transactions_client").on(t.organizationId, t.clientId),
    index("transactions_status").on(t.organizationId, t.status, t.closeOfEscrowDate),
    check("transactions_side_ck", oneOf(t.side, TRANSACTION_SIDES)),
    check("transactions_status_ck", oneOf(t.status, TRANSACTION_STATUSES)),
    check("transactions_stage_ck", oneOf(t.stage, PIPELINE_STAGES)),
    check("transactions_price_ck", sql`${t.price} > 0`),
    check("transactions_rate_ck", sql`${t.commissionRate} > 0 and ${t.commissionRate} <= 0.1`),
    check("transactions_dates_ck", sql`${t.closeOfEscrowDate} is null or ${t.acceptanceDate} is null or ${t.closeOfEscrowDate} >= ${t.acceptanceDate}`),
    check("transactions_dual_flag_ck", sql`${t.side} <> 'dual' or ${t.dualAgency}`),
  ],
);

export const assignments = pgTable(
  "assignments",
  {
    organizationId: organizationId(),
    id: id(),
    clientId: uuid("client_id").notNull(),
    requestId: uuid("request_id"),
    seatId: uuid("seat_id").notNull(),
    teamRole: text("team_role").notNull(),
    seatRole: text("seat_role").notNull(),
    state: text("state").notNull().default("offered"),
    score: doublePrecision("score"),
    scoreBreakdown: jsonb("score_breakdown").notNull().default({}),
    runnersUp: jsonb("runners_up").notNull().default([]),
    fallbackRank: integer("fallback_rank").notNull().default(0),
    reason: text("reason"),
    offeredAt: at("offered_at").notNull().defaultNow(),
    expiresAt: at("expires_at"),
    respondedAt: at("responded_at"),
    endedAt: at("ended_at"),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    orgRef("assignments_client_fk", t.clientId, clients, t.organizationId),
    orgRef("assignments_seat_fk", t.seatId, seats, t.organizationId),
    orgRef("assignments_request_fk", t.requestId, clientRequests, t.organizationId),
    index("assignments_seat_state").on(t.organizationId, t.seatId, t.state),
    index("assignments_client").on(t.organizationId, t.clientId, t.state),
    // Speed to lead finds each request's lead assignment; without this it scans every assignment per request.
    index("assignments_request").on(t.organizationId, t.requestId).where(sql`${t.requestId} is not null`),
    index("assignments_expiry").on(t.organizationId, t.expiresAt).where(sql`${t.state} = 'offered'`),
    uniqueIndex("assignments_one_active_lead").on(t.organizationId, t.clientId).where(sql`${t.teamRole} = 'lead' and ${t.state} in ('offered', 'accepted')`),
    uniqueIndex("assignments_one_active_per_seat").on(t.organizationId, t.clientId, t.seatId).where(sql`${t.state} in ('offered', 'accepted')`),
    check("assignments_team_role_ck", oneOf(t.teamRole, TEAM_ROLES)),
    check("assignments_seat_role_ck", oneOf(t.seatRole, SEAT_ROLES)),
    check("assignments_state_ck", oneOf(t.state, ASSIGNMENT_STATES)),
    check("assignments_score_ck", sql`${t.score} is null or ${t.score} between 0 and 1`),
    check("assignments_responded_ck", sql`${t.state} in ('offered', 'rescinded') or ${t.respondedAt} is not null`),
  ],
);

export const handoffs = pgTable(
  "handoffs",
  {
    organizationId: organizationId(),
    id: id(),
    clientId: uuid("client_id").notNull(),
    fromSeatId: uuid("from_seat_id"),
    toSeatId: uuid("to_seat_id").notNull(),
    kind: text("kind").notNull(),
    initiatedBy: text("initiated_by").notNull(),
    reason: text("reason").notNull(),
    dossier: jsonb("dossier").notNull(),
    state: text("state").notNull().default("proposed"),
    proposedByUserId: uuid("proposed_by_user_id"),
    decidedByUserId: uuid("decided_by_user_id"),
    decisionNote: text("decision_note"),
    createdAt: createdAt(),
    decidedAt: at("decided_at"),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    orgRef("handoffs_client_fk", t.clientId, clients, t.organizationId),
    orgRef("handoffs_from_fk", t.fromSeatId, seats, t.organizationId),
    orgRef("handoffs_to_fk", t.toSeatId, seats, t.organizationId),
    index("handoffs_client_time").on(t.organizationId, t.clientId, t.createdAt),
    index("handoffs_to_state").on(t.organizationId, t.toSeatId, t.state),
    check("handoffs_kind_ck", oneOf(t.kind, HANDOFF_KINDS)),
    check("handoffs_initiator_ck", oneOf(t.initiatedBy, HANDOFF_INITIATORS)),
    check("handoffs_state_ck", oneOf(t.state, HANDOFF_STATES)),
    uniqueIndex("handoffs_one_proposed").on(t.organizationId, t.clientId, t.toSeatId, t.kind).where(sql`${t.state} = 'proposed'`),
    check("handoffs_not_self_ck", sql`${t.fromSeatId} is null or ${t.fromSeatId} <> ${t.toSeatId}`),
  ],
);
