import type { Verdict } from "../../domain/compliance/verdict";
import { knownAnswer } from "./answers";
import { addMinutes } from "./dates";
import { emailSubject, pushFindings, reviewSeedMessage } from "./outbox-review";
import type { Prng } from "./prng";
import { walkQuestions, type QuestionWalk } from "./timelines";
import type { ClientInfo, InteractionRow, SeatInfo, SeedContext, SeedData } from "./types";

export type OutboundRow = SeedData["outboundMessages"][number];

/** The GHL location the demo team sends from. */
export const SEED_LOCATION_ID = "loc_jorge_rc";

/** How GoHighLevel reports a message that did not reach the client, per channel. */
const DELIVERY_ERRORS = {
  sms: [
    "GoHighLevel reported it undelivered: 30003 Unreachable destination handset",
    "GoHighLevel reported it failed: 30007 Message filtered by the carrier",
    "GoHighLevel reported it undelivered: 30005 Unknown destination handset",
  ],
  email: ["GoHighLevel reported it bounced: 550 5.1.1 The email account that you tried to reach does not exist", "GoHighLevel reported it bounced: 552 5.2.2 Mailbox full"],
} as const;

/** Share of older sent messages that GoHighLevel could not deliver. */
const FAILED_SHARE = 0.003;
/** Messages this recent have been sent with no delivery receipt yet. */
const RECEIPT_MINUTES = 12;

function deliveryOf(ctx: SeedContext, rng: Prng, row: InteractionRow, channel: "sms" | "email"): Pick<OutboundRow, "state" | "deliveredAt" | "failedAt" | "lastError"> {
  const at = row.occurredAt!;
  if (ctx.asOf.getTime() - at.getTime() < RECEIPT_MINUTES * 60_000) return { state: "sent", deliveredAt: null, failedAt: null, lastError: null };
  if (rng.chance(FAILED_SHARE)) return { state: "failed", deliveredAt: null, failedAt: addMinutes(at, rng.between(0.2, 3)), lastError: rng.pick(DELIVERY_ERRORS[channel]) };
  return { state: "delivered", deliveredAt: addMinutes(at, rng.between(0.05, channel === "sms" ? 0.6 : 2)), failedAt: null, lastError: null };
}

/** Whether the gate warned, so a person said "send anyway" before it went out. */
const warned = (v: Verdict) => v.fairHousing === "warn" || v.quietHours || v.findings.some((f) => f.severity === "warn");

/** The outbox row behind one sent timeline message: its real verdict, a person's override when it warned, and GHL's delivery. */
function sentRow(ctx: SeedContext, rng: Prng, c: ClientInfo, seat: SeatInfo, row: InteractionRow, inReplyTo: InteractionRow | null, walk: QuestionWalk, confirmation: boolean): OutboundRow | null {
  const channel = row.channel as "sms" | "email";
  const authorKind = seat.kind === "ai" ? "ai" : "human";
  const purpose = confirmation ? "transactional" : "conversational";
  const verdict = reviewSeedMessage({ c, channel, body: row.body, at: row.occurredAt!, authorKind, purpose, answered: walk.answeredBefore.get(row.id!), optOutConfirmation: confirmation });
  if (!verdict.allowed) return null;
  const createdAt = addMinutes(row.occurredAt!, -rng.between(0.02, 0.2));
  const overridden = warned(verdict);
  return {
    organizationId: ctx.orgId, id: rng.uuid(), clientId: c.id, seatId: seat.id, authorUserId: seat.userId, authorKind, purpose, channel,
    subject: channel === "email" ? emailSubject(c) : null, body: row.body, idempotencyKey: `seed:${row.id}`, inReplyToId: inReplyTo?.id ?? null, interactionId: row.id!, verdict, allowed: verdict.allowed, fairHousing: verdict.fairHousing,
    overriddenByUserId: overridden ? (seat.userId ?? ctx.jorgeUserId) : null, overriddenAt: overridden ? addMinutes(row.occurredAt!, -0.01) : null,
    attempts: 1, nextAttemptAt: null, ghlLocationId: SEED_LOCATION_ID, ghlConversationId: c.row.ghlContactId ? `conv_${c.row.ghlContactId}` : null, ghlMessageId: row.externalId ?? null,
    createdAt, queuedAt: createdAt, sentAt: row.occurredAt!, ...deliveryOf(ctx, rng, row, channel),
  };
}

/**
 * An outbox row for every text and e-mail a seat sent, reviewed by the real quality gate with what
 * the outbox knew then (consent, pipeline, the questions already answered); its findings land in
 * quality_findings beside the message. A seeded message the gate would block is left as history
 * from before the gate, with no outbox row.
 */
export function buildOutbox(ctx: SeedContext, timelines: Map<string, InteractionRow[]>, walks: Map<string, QuestionWalk>): void {
  const rng = ctx.rng("outbox");
  const seats = new Map(ctx.seats.map((s) => [s.id, s]));
  for (const c of ctx.clients) {
    const rows = timelines.get(c.id) ?? [];
    const q = (c.row.qualification ?? {}) as Record<string, unknown>;
    const walk = walkQuestions(rows, c.pipeline, (f) => knownAnswer(f, q, c.row.timelineDays ?? null) !== null);
    walks.set(c.id, walk);
    let lastInbound: InteractionRow | null = null;
    let confirmed = false;
    for (const row of rows) {
      if (row.direction === "inbound") lastInbound = row.channel === "note" || row.channel === "meeting" ? lastInbound : row;
      if (row.direction !== "outbound" || (row.channel !== "sms" && row.channel !== "email")) continue;
      const seat = seats.get(row.seatId ?? "");
      if (!seat) continue;
      const confirmation: boolean = !confirmed && !!c.row.optedOutAt && row.occurredAt!.getTime() >= c.row.optedOutAt.getTime();
      confirmed ||= confirmation;
      const m = sentRow(ctx, rng, c, seat, row, lastInbound && lastInbound.occurredAt! <= row.occurredAt! ? lastInbound : null, walk, confirmation);
      lastInbound = null;
      if (!m) continue;
      ctx.data.outboundMessages.push(m);
      pushFindings(ctx, { id: m.id!, clientId: c.id, seatId: seat.id, interactionId: row.id!, createdAt: m.createdAt! }, m.verdict as Verdict, () => rng.uuid());
    }
  }
}
