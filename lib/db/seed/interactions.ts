import type { Channel, ContactOutcome } from "../../domain/team/vocabulary";
import { planConversation } from "./conversation";
import { addDays, addMinutes, maxDate, minDate } from "./dates";
import { recordCadenceAhead } from "./cadence";
import { Variety } from "./phrases";
import { hashString, type Prng } from "./prng";
import { clientSlots } from "./slots";
import { speak } from "./speak";
import type { SeedTransaction } from "./transactions";
import type { ClientInfo, InteractionRow, SeatInfo, SeedContext } from "./types";

/** Above this many clients (the benchmark sizes) the generator stops policing repeated sentences, to stay fast. */
const VARIETY_LIMIT_CLIENTS = 5_000;
const WRITTEN = new Set(["sms", "email", "chat", "social"]);

export interface NewInteraction {
  channel: Channel;
  direction: "inbound" | "outbound" | "internal";
  body: string;
  at: Date;
  seat: SeatInfo | null;
  sentiment: number | null;
  productive: boolean | null;
  outcome?: ContactOutcome | null;
}

/**
 * Adds one interaction for a client and returns its row. What a client writes is theirs: an
 * inbound message carries no seat (a call a seat took, or a voicemail on its line, keeps it).
 */
export function recordInteraction(ctx: SeedContext, rng: Prng, c: ClientInfo, m: NewInteraction): InteractionRow {
  let externalId: string | null = null;
  while (m.channel !== "note" && m.channel !== "meeting" && (externalId === null || ctx.externalIds.has(externalId))) externalId = `ghl_${rng.token(20)}`;
  if (externalId) ctx.externalIds.add(externalId);
  const seat = m.direction === "inbound" && WRITTEN.has(m.channel) ? null : m.seat;
  const row: InteractionRow = {
    organizationId: ctx.orgId, id: rng.uuid(), clientId: c.id, seatId: seat?.id ?? null, channel: m.channel, direction: m.direction,
    body: m.body, occurredAt: m.at, externalId, sentiment: m.sentiment === null ? null : Math.round(Math.max(-1, Math.min(1, m.sentiment)) * 100) / 100,
    productive: m.productive, outcome: m.outcome ?? null,
  };
  ctx.data.interactions.push(row);
  return row;
}

/** The seat handling the client at a moment; before any owner, one of the follow-up AI seats (in the client's language) answers. */
export function seatAt(ctx: SeedContext, c: ClientInfo, at: Date): SeatInfo {
  let seat: SeatInfo | null = null;
  for (const h of c.handlers) if (h.from.getTime() <= at.getTime()) seat = h.seat;
  return seat ?? assistantFor(ctx, c);
}

/** The follow-up AI seat that answers a client nobody owns yet and sends the automatic replies (the opt-out confirmation). */
export function assistantFor(ctx: SeedContext, c: ClientInfo): SeatInfo {
  const language = c.row.language === "es" ? "es" : "en";
  const pool = ctx.seats.filter((s) => s.role === "follow_up" && s.presence !== "offline" && s.languages.includes(language));
  if (pool.length === 0) throw new Error("the seed needs a follow-up seat");
  return pool[hashString(c.id) % pool.length]!;
}

/** The moment a client's conversation stops: now, the opt-out, or some weeks after closing. */
function lastMoment(ctx: SeedContext, c: ClientInfo): Date {
  if (c.optedOut) return addMinutes(c.row.optedOutAt!, -3);
  if (c.stage === "Closed") return minDate(addDays(c.endAt, 21), addMinutes(ctx.asOf, -5));
  if (c.stage === "Lost") return minDate(addDays(c.endAt, 3), addMinutes(ctx.asOf, -5));
  return addMinutes(ctx.asOf, -1);
}

/** The whole message history of every client, from first inquiry to the last touch before asOf. */
export function buildInteractions(ctx: SeedContext, transactions: readonly SeedTransaction[]): void {
  const rng = ctx.rng("interactions");
  const variety = new Variety(ctx.clientCount <= VARIETY_LIMIT_CLIENTS ? undefined : null);
  const deals = new Map(transactions.map((t) => [t.client.id, t]));
  for (const c of ctx.clients) {
    const deal = deals.get(c.id);
    const exchanges = planConversation(rng, c, ctx.asOf, deal);
    const talk = { ctx, rng, variety, c, slots: clientSlots(rng, c, deal), clientSpanish: c.row.language === "es" && rng.chance(0.9), limit: lastMoment(ctx, c) };
    const last = speak(talk, exchanges);
    if (c.optedOut) recordOptOut(ctx, rng, c);
    else recordCadenceAhead(rng, c, ctx.asOf);
    c.row.updatedAt = maxDate(c.optedOut ? addMinutes(c.row.optedOutAt!, 1) : last, c.createdAt);
  }
}

const OPT_OUT_CONFIRMATIONS = [
  "You're unsubscribed from Jorge Salas Real Estate texts and won't receive more. Reply START if you ever want to hear from us again.",
  "Jorge Salas Real Estate: you won't get any more texts from us. Reply START to opt back in.",
  "You've been removed from Jorge Salas Real Estate's text list. Reply START anytime to hear from us again.",
];

/** A plain-language or keyword opt-out, then exactly one confirmation a minute later, then silence. */
function recordOptOut(ctx: SeedContext, rng: Prng, c: ClientInfo): void {
  const at = c.row.optedOutAt!;
  const seat = assistantFor(ctx, c);
  const text = c.medium === "sms" || !c.row.email;
  const words = !text ? ["UNSUBSCRIBE", "Please remove me from your list."] : c.row.language === "es" ? ["BAJA", "Ya no me manden mensajes, por favor."] : ["STOP", "UNSUBSCRIBE", "Please stop texting me.", "Remove me from your list."];
  recordInteraction(ctx, rng, c, { channel: text ? "sms" : "email", direction: "inbound", body: rng.pick(words), at, seat: null, sentiment: -0.5, productive: false });
  const body = text ? rng.pick(OPT_OUT_CONFIRMATIONS) : "You're unsubscribed from Jorge Salas Real Estate e-mails and won't receive more.";
  recordInteraction(ctx, rng, c, { channel: text ? "sms" : "email", direction: "outbound", body, at: addMinutes(at, 1), seat, sentiment: 0.1, productive: null });
}
