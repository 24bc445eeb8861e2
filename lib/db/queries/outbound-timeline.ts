import { and, desc, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Finding, Verdict } from "../../domain/compliance/verdict";
import type { FairHousingVerdict, MessageAuthor, OutboxState } from "../../domain/team/vocabulary";
import type { Db } from "../client";
import { outboundMessages, seats, users } from "../schema";

/** A message the team wrote through the outbox, as its timeline entry shows it. */
export interface OutboundDetail {
  state: OutboxState;
  /** "Queued", "Delivered", "Failed: <last error>", "Held for review" ... */
  stateLabel: string;
  /** Why it is not connected or why the last send failed, when it is. */
  lastError: string | null;
  authorKind: MessageAuthor;
  channel: string;
  subject: string | null;
  fairHousing: FairHousingVerdict;
  findings: Pick<Finding, "rule" | "category" | "severity" | "excerpt" | "explanation">[];
  /** Who said "send anyway" to a warned message, or null. */
  overriddenBy: string | null;
  /** Each moment of its life that happened: written, sent anyway, queued, sent, delivered, failed. */
  times: { label: string; at: Date }[];
}

export interface OutboundTimelineEntry {
  id: string;
  at: Date;
  kind: "message";
  title: string;
  body: string;
  actor: string;
  tag: string;
  outbound: OutboundDetail;
}

const CHANNEL: Record<string, string> = { sms: "SMS", email: "Email", chat: "Chat" };

/** The words of each delivery state on a badge; a failure carries its last error. */
export function outboxStateLabel(state: OutboxState, lastError: string | null): string {
  const words: Record<OutboxState, string> = { held: "Held for review", queued: "Queued", sent: "Sent", delivered: "Delivered", failed: "Failed", blocked: "Blocked", not_connected: "Not connected" };
  return state === "failed" && lastError ? `Failed: ${lastError}` : words[state];
}

/** Who wrote it: the person (for the seat they speak for when it carries another name), or the seat and "AI" for an AI seat's message. */
export function authorLabel(kind: MessageAuthor, seat: string | null, person: string | null): string {
  if (kind === "ai") return `${seat ?? "An AI seat"} (AI)`;
  if (kind === "template" || kind === "campaign") return `${seat ?? "The team"} (${kind})`;
  if (person && seat && person !== seat) return `${person} for ${seat}`;
  return person ?? seat ?? "A team member";
}

/**
 * Every message written to the client through the outbox, newest first, up to `limit`: blocked
 * and held ones too, with their author, delivery state, gate verdict and times.
 */
export async function getOutboundTimeline(db: Db, organizationId: string, clientId: string, limit = 200): Promise<OutboundTimelineEntry[]> {
  const overrider = alias(users, "overrider");
  const rows = await db
    .select({ m: outboundMessages, seat: seats.name, person: users.name, overriddenBy: overrider.name })
    .from(outboundMessages)
    .leftJoin(seats, and(eq(seats.organizationId, outboundMessages.organizationId), eq(seats.id, outboundMessages.seatId)))
    .leftJoin(users, and(eq(users.organizationId, outboundMessages.organizationId), eq(users.id, outboundMessages.authorUserId)))
    .leftJoin(overrider, and(eq(overrider.organizationId, outboundMessages.organizationId), eq(overrider.id, outboundMessages.overriddenByUserId)))
    .where(and(eq(outboundMessages.organizationId, organizationId), eq(outboundMessages.clientId, clientId)))
    .orderBy(desc(outboundMessages.createdAt))
    .limit(limit);
  return rows.map(({ m, seat, person, overriddenBy }) => {
    const verdict = m.verdict as Verdict;
    const state = m.state as OutboxState;
    const moments: [string, Date | null][] = [["Written", m.createdAt], ["Sent anyway", m.overriddenAt], ["Queued", m.queuedAt], ["Sent", m.sentAt], ["Delivered", m.deliveredAt], ["Failed", m.failedAt]];
    return {
      id: m.id, at: m.createdAt, kind: "message", title: `${CHANNEL[m.channel] ?? m.channel} to the client`, body: m.body,
      actor: authorLabel(m.authorKind as MessageAuthor, seat, person), tag: `${m.channel}:outbound`,
      outbound: {
        state, stateLabel: outboxStateLabel(state, m.lastError), lastError: m.lastError, authorKind: m.authorKind as MessageAuthor, channel: m.channel, subject: m.subject,
        fairHousing: m.fairHousing as FairHousingVerdict,
        findings: (verdict.findings ?? []).map((f) => ({ rule: f.rule, category: f.category, severity: f.severity, excerpt: f.excerpt, explanation: f.explanation })),
        overriddenBy: m.overriddenAt ? overriddenBy ?? "a team member" : null,
        times: moments.flatMap(([label, at]) => (at ? [{ label, at }] : [])),
      },
    };
  });
}
