import { and, desc, eq, inArray, sql } from "drizzle-orm";
import { APPOINTMENT_KIND_LABELS, APPOINTMENT_STATUS_LABELS, CONTACT_OUTCOME_LABELS, whenInZone } from "../../domain/appointments/appointment-words";
import type { AppointmentKind, ContactOutcome } from "../../domain/team/vocabulary";
import type { Db } from "../client";
import { appointments, assignmentEvents, auditLog, conflicts, escalations, handoffs, interactions, outboundMessages, seats, threadMessages, users } from "../schema";
import { getOutboundTimeline, type OutboundDetail } from "./outbound-timeline";

export type TimelineKind = "message" | "offer" | "handoff" | "escalation" | "conflict" | "thread" | "appointment";

export interface TimelineEntry {
  id: string;
  at: Date;
  kind: TimelineKind;
  /** A short headline: "Offered to Daniel Reyes", "Escalated: distress words". */
  title: string;
  body: string | null;
  actor: string | null;
  /** Channel and direction for messages, state for the rest; drives the icon and colour. */
  tag: string;
  /** For a message the team wrote through the outbox: its author, delivery state and gate verdict. */
  outbound?: OutboundDetail;
}

const seatOf = (column: typeof interactions.seatId) => and(eq(seats.organizationId, interactions.organizationId), eq(seats.id, column));
const CHANNEL: Record<string, string> = { sms: "SMS", email: "Email", call: "Call", voicemail: "Voicemail", chat: "Chat", social: "Social message", note: "Note", meeting: "Meeting" };
const DIRECTION: Record<string, string> = { inbound: " from the client", outbound: " to the client", internal: "" };
const outcomeLabel = (outcome: string | null) => (outcome ? CONTACT_OUTCOME_LABELS[outcome as ContactOutcome] ?? outcome : null);
const STATUS_CHANGES = ["appointment.done", "appointment.cancelled", "appointment.no_show"];
/** An interaction that is the timeline row of an outbox message, which shows as that message instead. */
const notWrittenThroughOutbox = (clientId: string) =>
  sql`not exists (select 1 from ${outboundMessages} where ${outboundMessages.organizationId} = ${interactions.organizationId} and ${outboundMessages.clientId} = ${clientId} and ${outboundMessages.interactionId} = ${interactions.id})`;
const OFFER_TITLE: Record<string, string> = { offered: "Offered to", accepted: "Accepted by", declined: "Declined by", timed_out: "Timed out for", rescinded: "Withdrawn from", completed: "Completed by" };

/**
 * Everything that happened to a client, newest first: messages and logged calls and meetings
 * with their outcome, every offer state change, handoffs, escalations opened and resolved,
 * conflicts with their decision, the team's shared thread, and appointments booked, done or
 * cancelled (their times in the client's zone). Every message written through the outbox shows
 * once, with its author, delivery state and gate verdict, blocked and held ones included (they
 * have no interaction row). Each source is capped at `limit` rows before merging.
 */
export async function getClientTimeline(db: Db, organizationId: string, clientId: string, limit = 200): Promise<TimelineEntry[]> {
  const appointmentOf = and(eq(appointments.organizationId, organizationId), eq(appointments.clientId, clientId));
  const [msgs, offers, hand, escs, confs, thread, booked, changed, outbox] = await Promise.all([
    db.select({ id: interactions.id, at: interactions.occurredAt, channel: interactions.channel, direction: interactions.direction, outcome: interactions.outcome, body: interactions.body, seat: seats.name })
      .from(interactions).leftJoin(seats, seatOf(interactions.seatId))
      .where(and(eq(interactions.organizationId, organizationId), eq(interactions.clientId, clientId), notWrittenThroughOutbox(clientId))).orderBy(desc(interactions.occurredAt)).limit(limit),
    db.select({ id: assignmentEvents.id, at: assignmentEvents.at, state: assignmentEvents.state, reason: assignmentEvents.reason, seat: seats.name, actor: users.name })
      .from(assignmentEvents)
      .leftJoin(seats, and(eq(seats.organizationId, assignmentEvents.organizationId), eq(seats.id, assignmentEvents.seatId)))
      .leftJoin(users, and(eq(users.organizationId, assignmentEvents.organizationId), eq(users.id, assignmentEvents.actorUserId)))
      .where(and(eq(assignmentEvents.organizationId, organizationId), eq(assignmentEvents.clientId, clientId))).orderBy(desc(assignmentEvents.at)).limit(limit),
    db.select({ h: handoffs, to: seats.name }).from(handoffs)
      .leftJoin(seats, and(eq(seats.organizationId, handoffs.organizationId), eq(seats.id, handoffs.toSeatId)))
      .where(and(eq(handoffs.organizationId, organizationId), eq(handoffs.clientId, clientId))).orderBy(desc(handoffs.createdAt)).limit(limit),
    db.select().from(escalations).where(and(eq(escalations.organizationId, organizationId), eq(escalations.clientId, clientId))).orderBy(desc(escalations.createdAt)).limit(limit),
    db.select().from(conflicts).where(and(eq(conflicts.organizationId, organizationId), eq(conflicts.clientId, clientId))).orderBy(desc(conflicts.createdAt)).limit(limit),
    db.select({ id: threadMessages.id, at: threadMessages.createdAt, kind: threadMessages.kind, body: threadMessages.body, author: users.name, seat: seats.name })
      .from(threadMessages)
      .leftJoin(users, and(eq(users.organizationId, threadMessages.organizationId), eq(users.id, threadMessages.authorUserId)))
      .leftJoin(seats, and(eq(seats.organizationId, threadMessages.organizationId), eq(seats.id, threadMessages.seatId)))
      .where(and(eq(threadMessages.organizationId, organizationId), eq(threadMessages.clientId, clientId))).orderBy(desc(threadMessages.createdAt)).limit(limit),
    db.select({ a: appointments, seat: seats.name }).from(appointments)
      .innerJoin(seats, and(eq(seats.organizationId, appointments.organizationId), eq(seats.id, appointments.seatId)))
      .where(appointmentOf).orderBy(desc(appointments.createdAt)).limit(limit),
    db.select({ id: auditLog.id, at: auditLog.at, action: auditLog.action, a: appointments, actor: users.name }).from(auditLog)
      .innerJoin(appointments, and(appointmentOf, eq(auditLog.entityId, sql`${appointments.id}::text`)))
      .leftJoin(users, and(eq(users.organizationId, auditLog.organizationId), eq(auditLog.actorId, sql`${users.id}::text`)))
      .where(and(eq(auditLog.organizationId, organizationId), eq(auditLog.entityType, "appointment"), inArray(auditLog.action, STATUS_CHANGES))).orderBy(desc(auditLog.at)).limit(limit),
    getOutboundTimeline(db, organizationId, clientId, limit),
  ]);
  const label = (a: typeof appointments.$inferSelect) => `${APPOINTMENT_KIND_LABELS[a.kind as AppointmentKind] ?? a.kind} on ${whenInZone(a.startsAt, a.timeZone)}`;
  const entries: TimelineEntry[] = [
    ...outbox,
    ...msgs.map((m) => ({ id: m.id, at: m.at, kind: "message" as const, title: `${CHANNEL[m.channel] ?? m.channel}${DIRECTION[m.direction] ?? ""}${m.outcome ? ` · ${outcomeLabel(m.outcome)}` : ""}`, body: m.body === outcomeLabel(m.outcome) ? null : m.body, actor: m.seat, tag: `${m.channel}:${m.direction}` })),
    ...offers.map((o) => ({ id: o.id, at: o.at, kind: "offer" as const, title: `${OFFER_TITLE[o.state] ?? o.state} ${o.seat ?? "a seat"}`, body: o.reason, actor: o.actor, tag: o.state })),
    ...hand.map(({ h, to }) => ({ id: h.id, at: h.decidedAt ?? h.createdAt, kind: "handoff" as const, title: `${h.kind === "transfer" ? "Handoff" : "Support added"} to ${to ?? "a seat"} (${h.state})`, body: h.decisionNote ? `${h.reason} — ${h.decisionNote}` : h.reason, actor: null, tag: h.state })),
    ...escs.flatMap((e) => [
      { id: `${e.id}:opened`, at: e.createdAt, kind: "escalation" as const, title: `Escalated to Jorge (${e.severity})`, body: e.summary, actor: null, tag: "opened" },
      ...(e.resolvedAt ? [{ id: `${e.id}:resolved`, at: e.resolvedAt, kind: "escalation" as const, title: "Escalation resolved", body: e.resolution, actor: null, tag: "resolved" }] : []),
    ]),
    ...confs.map((c) => ({ id: c.id, at: c.createdAt, kind: "conflict" as const, title: `Conflict: ${c.kind.replace(/_/g, " ")} (${c.decided ? "decided by rule" : "sent to Jorge"})`, body: c.reason, actor: null, tag: c.decided ? "decided" : "escalated" })),
    ...thread.map((t) => ({ id: t.id, at: t.at, kind: "thread" as const, title: t.kind === "reply_plan" ? "Reply plan" : "Team thread", body: t.body, actor: t.author ?? t.seat, tag: t.kind })),
    ...booked.map(({ a, seat }) => ({ id: a.id, at: a.createdAt, kind: "appointment" as const, title: `${label(a)} booked`, body: [a.place, a.notes].filter(Boolean).join(" — ") || null, actor: seat, tag: "scheduled" })),
    ...changed.map((c) => ({ id: c.id, at: c.at, kind: "appointment" as const, title: `${label(c.a)} marked ${APPOINTMENT_STATUS_LABELS[c.action.slice("appointment.".length)]?.toLowerCase()}`, body: null, actor: c.actor, tag: c.action.slice("appointment.".length) })),
  ];
  return entries.sort((a, b) => b.at.getTime() - a.at.getTime()).slice(0, limit * 2);
}
