import { sql } from "drizzle-orm";
import { check, index, jsonb, pgTable, primaryKey, text, uuid } from "drizzle-orm/pg-core";
import { ESCALATION_STATUSES, ESCALATION_TRIGGERS, FINDING_LEVELS, QUALITY_RULES, SEVERITIES } from "../../domain/team/vocabulary";
import { at, createdAt, id, oneOf, organizationId, orgRef } from "./columns";
import { clients, interactions } from "./clients";
import { outboundMessages } from "./messaging";
import { users } from "./organization";
import { seats } from "./team";

/** What Jorge oversees: escalations with their notes, and quality findings on messages. */

export const escalations = pgTable(
  "escalations",
  {
    organizationId: organizationId(),
    id: id(),
    clientId: uuid("client_id"),
    seatId: uuid("seat_id"),
    trigger: text("trigger").notNull(),
    severity: text("severity").notNull(),
    summary: text("summary").notNull(),
    evidence: jsonb("evidence").notNull().default({}),
    /** One cause, one key (trigger, client and what was wrong): repeats group under it and it closes when the cause is gone. */
    causeKey: text("cause_key"),
    status: text("status").notNull().default("open"),
    ownerUserId: uuid("owner_user_id"),
    ackDueAt: at("ack_due_at").notNull(),
    resolveDueAt: at("resolve_due_at").notNull(),
    acknowledgedAt: at("acknowledged_at"),
    resolvedAt: at("resolved_at"),
    resolution: text("resolution"),
    /** When the SLA sweep announced that the acknowledge or resolve deadline passed. */
    overdueNotifiedAt: at("overdue_notified_at"),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    orgRef("escalations_client_fk", t.clientId, clients, t.organizationId),
    orgRef("escalations_seat_fk", t.seatId, seats, t.organizationId),
    orgRef("escalations_owner_fk", t.ownerUserId, users, t.organizationId),
    index("escalations_status").on(t.organizationId, t.status, t.createdAt),
    index("escalations_client").on(t.organizationId, t.clientId),
    index("escalations_cause").on(t.organizationId, t.causeKey, t.status).where(sql`${t.causeKey} is not null`),
    check("escalations_trigger_ck", oneOf(t.trigger, ESCALATION_TRIGGERS)),
    check("escalations_severity_ck", oneOf(t.severity, SEVERITIES)),
    check("escalations_status_ck", oneOf(t.status, ESCALATION_STATUSES)),
    check("escalations_sla_order_ck", sql`${t.resolveDueAt} >= ${t.ackDueAt}`),
    check("escalations_resolved_ck", sql`${t.status} <> 'resolved' or (${t.resolvedAt} is not null and ${t.resolution} is not null)`),
    check("escalations_ack_before_resolve_ck", sql`${t.resolvedAt} is null or ${t.acknowledgedAt} is null or ${t.resolvedAt} >= ${t.acknowledgedAt}`),
    check("escalations_acknowledged_ck", sql`${t.status} = 'open' or ${t.acknowledgedAt} is not null`),
  ],
);

export const escalationNotes = pgTable(
  "escalation_notes",
  {
    organizationId: organizationId(),
    id: id(),
    escalationId: uuid("escalation_id").notNull(),
    authorUserId: uuid("author_user_id"),
    body: text("body").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    orgRef("escalation_notes_escalation_fk", t.escalationId, escalations, t.organizationId),
    orgRef("escalation_notes_author_fk", t.authorUserId, users, t.organizationId),
    check("escalation_notes_body_ck", sql`length(trim(${t.body})) > 0`),
  ],
);

export const qualityFindings = pgTable(
  "quality_findings",
  {
    organizationId: organizationId(),
    id: id(),
    interactionId: uuid("interaction_id"),
    /** The outbox row the finding was made on, before anything was sent. */
    outboundMessageId: uuid("outbound_message_id"),
    clientId: uuid("client_id"),
    seatId: uuid("seat_id"),
    rule: text("rule").notNull(),
    level: text("level").notNull(),
    code: text("code").notNull(),
    excerpt: text("excerpt").notNull(),
    message: text("message").notNull(),
    suggestion: text("suggestion"),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.id] }),
    orgRef("quality_findings_interaction_fk", t.interactionId, interactions, t.organizationId),
    orgRef("quality_findings_outbound_fk", t.outboundMessageId, outboundMessages, t.organizationId),
    orgRef("quality_findings_client_fk", t.clientId, clients, t.organizationId),
    orgRef("quality_findings_seat_fk", t.seatId, seats, t.organizationId),
    index("quality_findings_seat_time").on(t.organizationId, t.seatId, t.createdAt),
    index("quality_findings_org_time").on(t.organizationId, t.createdAt),
    index("quality_findings_outbound").on(t.organizationId, t.outboundMessageId).where(sql`${t.outboundMessageId} is not null`),
    check("quality_findings_rule_ck", oneOf(t.rule, QUALITY_RULES)),
    check("quality_findings_level_ck", oneOf(t.level, FINDING_LEVELS)),
  ],
);
