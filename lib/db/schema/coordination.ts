import { sql } from "drizzle-orm";
import { boolean, check, index, jsonb, pgTable, primaryKey, text, uuid } from "drizzle-orm/pg-core";
import { ASSIGNMENT_STATES, CONFLICT_KINDS, THREAD_KINDS } from "../../domain/team/vocabulary";
import { createdAt, id, oneOf, organizationId, orgRef } from "./columns";
import { clients } from "./clients";
import { users } from "./organization";
import { escalations } from "./oversight";
import { seats } from "./team";
import { assignments } from "./work";

/** How the team works together: every offer's state change, conflicts and their decisions, the client's shared thread. */

export const assignmentEvents = pgTable(
  "assignment_events",
  {
    organizationId: organizationId(),
    id: id(),
    assignmentId: uuid("assignment_id").notNull(),
    clientId: uuid("client_id").notNull(),
    seatId: uuid("seat_id").notNull(),
    state: text("state").notNull(),
    actorUserId: uuid("actor_user_id"),
    reason: text("reason"),
    at: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    orgRef("assignment_events_assignment_fk", t.assignmentId, assignments, t.organizationId),
    orgRef("assignment_events_client_fk", t.clientId, clients, t.organizationId),
    orgRef("assignment_events_seat_fk", t.seatId, seats, t.organizationId),
    orgRef("assignment_events_actor_fk", t.actorUserId, users, t.organizationId),
    index("assignment_events_client_time").on(t.organizationId, t.clientId, t.at),
    index("assignment_events_assignment").on(t.organizationId, t.assignmentId),
    check("assignment_events_state_ck", oneOf(t.state, ASSIGNMENT_STATES)),
  ],
);

export const conflicts = pgTable(
  "conflicts",
  {
    organizationId: organizationId(),
    id: id(),
    clientId: uuid("client_id"),
    kind: text("kind").notNull(),
    seatIds: uuid("seat_ids").array().notNull(),
    detail: jsonb("detail").notNull().default({}),
    decided: boolean("decided").notNull(),
    winnerSeatId: uuid("winner_seat_id"),
    rule: text("rule").notNull(),
    reason: text("reason").notNull(),
    escalationId: uuid("escalation_id"),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    orgRef("conflicts_client_fk", t.clientId, clients, t.organizationId),
    orgRef("conflicts_winner_fk", t.winnerSeatId, seats, t.organizationId),
    orgRef("conflicts_escalation_fk", t.escalationId, escalations, t.organizationId),
    index("conflicts_client").on(t.organizationId, t.clientId, t.createdAt),
    check("conflicts_kind_ck", oneOf(t.kind, CONFLICT_KINDS)),
    check("conflicts_undecided_escalated_ck", sql`${t.decided} or ${t.escalationId} is not null`),
    check("conflicts_has_seats_ck", sql`cardinality(${t.seatIds}) >= 1`),
  ],
);

export const threadMessages = pgTable(
  "thread_messages",
  {
    organizationId: organizationId(),
    id: id(),
    clientId: uuid("client_id").notNull(),
    seatId: uuid("seat_id"),
    authorUserId: uuid("author_user_id"),
    kind: text("kind").notNull().default("note"),
    body: text("body").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    orgRef("thread_messages_client_fk", t.clientId, clients, t.organizationId),
    orgRef("thread_messages_seat_fk", t.seatId, seats, t.organizationId),
    orgRef("thread_messages_author_fk", t.authorUserId, users, t.organizationId),
    index("thread_messages_client_time").on(t.organizationId, t.clientId, t.createdAt),
    check("thread_messages_kind_ck", oneOf(t.kind, THREAD_KINDS)),
    check("thread_messages_body_ck", sql`length(trim(${t.body})) between 1 and 4000`),
  ],
);
