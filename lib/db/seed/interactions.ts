import type { Channel } from "../../domain/team/vocabulary";
import { addDays, addMinutes, atLocalTime, localDate, maxDate, minDate } from "./dates";
import { callSummary, chooseTemplate, EMAIL_FOOTER, fill, noteText, phaseAt, SMS_LIMIT, voicemailSummary } from "./message-text";
import type { Prng } from "./prng";
import { firstSeat } from "./seats";
import type { ClientInfo, InteractionRow, SeatInfo, SeedContext } from "./types";

/** Messages per client by stage: a few for new leads, dozens for clients deep in a deal. */
const COUNT: Record<string, readonly [number, number]> = {
  "New Lead": [2, 6], Qualifying: [14, 36], "Warm Seller": [30, 60], "Hot Seller": [30, 65], "Listing Appointment": [35, 65], Listed: [40, 75],
  "Financially Ready": [30, 60], "Showing Scheduled": [35, 70], "Under Contract": [50, 90], Closed: [45, 80], Lost: [10, 25],
};
const KIND = [["out", 40], ["in", 30], ["call", 12], ["note", 10], ["voicemail", 5]] as const;
const HOURS = [[8, 2], [9, 6], [10, 8], [11, 8], [12, 7], [13, 7], [14, 8], [15, 8], [16, 8], [17, 7], [18, 6], [19, 4], [20, 2]] as const;

export interface NewInteraction {
  channel: Channel;
  direction: "inbound" | "outbound" | "internal";
  body: string;
  at: Date;
  seat: SeatInfo | null;
  sentiment: number | null;
  productive: boolean | null;
}

/** Adds one interaction for a client and returns its row. */
export function recordInteraction(ctx: SeedContext, rng: Prng, c: ClientInfo, m: NewInteraction): InteractionRow {
  let externalId: string | null = null;
  while (m.channel !== "note" && (externalId === null || ctx.externalIds.has(externalId))) externalId = `ghl_${rng.token(20)}`;
  if (externalId) ctx.externalIds.add(externalId);
  const row: InteractionRow = {
    organizationId: ctx.orgId, id: rng.uuid(), clientId: c.id, seatId: m.seat?.id ?? null, channel: m.channel, direction: m.direction,
    body: m.body, occurredAt: m.at, externalId, sentiment: m.sentiment === null ? null : Math.round(Math.max(-1, Math.min(1, m.sentiment)) * 100) / 100,
    productive: m.productive,
  };
  ctx.data.interactions.push(row);
  return row;
}

/** The seat handling the client at a moment; before any owner, the follow-up AI answered. */
export function seatAt(ctx: SeedContext, c: ClientInfo, at: Date): SeatInfo {
  let seat: SeatInfo | null = null;
  for (const h of c.handlers) if (h.from.getTime() <= at.getTime()) seat = h.seat;
  return seat ?? firstSeat(ctx, "follow_up", c.row.language === "es" ? "es" : undefined);
}

/** Moves an instant to a plausible local business hour of the same day, if that stays in range. */
function businessHour(rng: Prng, t: Date, lo: Date, hi: Date): Date {
  const moved = atLocalTime(localDate(t), rng.weighted(HOURS), rng.int(0, 59));
  return moved.getTime() > lo.getTime() && moved.getTime() < hi.getTime() ? moved : t;
}

function textChannel(rng: Prng, c: ClientInfo): Channel {
  const channel = rng.weighted<Channel>([["sms", 65], ["email", 25], ["chat", 5], ["social", 5]]);
  if (channel === "sms" && !c.row.phone) return "email";
  if (channel === "email" && !c.row.email) return "sms";
  return channel;
}

/** The whole message history of every client, from first inquiry to the last touch before asOf. */
export function buildInteractions(ctx: SeedContext): void {
  const rng = ctx.rng("interactions");
  for (const c of ctx.clients) {
    const [lo, hi] = COUNT[c.stage] ?? [3, 8];
    const n = rng.int(lo, hi);
    const start = c.createdAt;
    const ageMinutes = (ctx.asOf.getTime() - start.getTime()) / 60_000;
    let end = c.optedOut ? addMinutes(c.row.optedOutAt!, -1) : c.stage === "Closed" ? minDate(addDays(c.endAt, 21), addMinutes(ctx.asOf, -5)) : c.stage === "Lost" ? c.endAt : addMinutes(ctx.asOf, -rng.between(1, Math.max(1.5, Math.min(600, ageMinutes * 0.5))));
    end = maxDate(end, addMinutes(start, 1));
    const times = [start];
    for (let i = 1; i < n; i++) times.push(businessHour(rng, new Date(start.getTime() + rng.float() * (end.getTime() - start.getTime())), start, end));
    times.sort((a, b) => a.getTime() - b.getTime());
    if (n > 1) times[1] = minDate(addMinutes(start, rng.between(0.5, 5)), times[2] ?? end);
    const used = new Set<string>();
    const spanish = c.row.language === "es";
    times.forEach((at, i) => {
      const phase = phaseAt(c, at, i, n);
      const kind = i === 0 ? "in" : i === 1 ? "out" : rng.weighted(KIND);
      const seat = i === 0 ? null : seatAt(ctx, c, at);
      const helper = c.supports.find((s) => s.from.getTime() <= at.getTime());
      const sender = kind === "out" && helper && rng.chance(0.15) ? helper.seat : seat;
      if (kind === "in" || kind === "out") {
        const share = !spanish ? 0 : kind === "in" ? 0.9 : sender?.languages.includes("es") ? 0.9 : 0;
        let choice = chooseTemplate(rng, phase, kind, share);
        for (let retry = 0; retry < 3 && used.has(choice.template[2]); retry++) choice = chooseTemplate(rng, phase, kind, share);
        used.add(choice.template[2]);
        const { template, spanish: es } = choice;
        let channel = i === 0 ? rng.weighted<Channel>([["sms", 50], ["email", 25], ["chat", 15], ["social", 10]]) : textChannel(rng, c);
        let body = fill(rng, template[2], c, sender, at, es);
        if (channel === "sms" && body.length > SMS_LIMIT) channel = "email";
        if (channel === "email" && kind === "out") body = `${body}\n\n${sender?.signature ?? "Jorge"}\n${EMAIL_FOOTER}`;
        recordInteraction(ctx, rng, c, {
          channel, direction: kind === "out" ? "outbound" : "inbound", body, at, seat: kind === "out" ? sender ?? seatAt(ctx, c, at) : seat,
          sentiment: template[1] + rng.normal(0, 0.12), productive: kind === "in" ? (template[3] ?? null) : null,
        });
      } else if (kind === "note") {
        recordInteraction(ctx, rng, c, { channel: "note", direction: "internal", body: fill(rng, noteText(rng), c, seat, at, false), at, seat, sentiment: null, productive: null });
      } else {
        const direction = rng.chance(0.7) ? "outbound" : "inbound";
        const summary = kind === "call" ? callSummary(rng, phase, c.pipeline, direction) : voicemailSummary(rng, phase, c.pipeline, direction);
        recordInteraction(ctx, rng, c, {
          channel: kind, direction, body: fill(rng, summary, c, seat, at, false), at, seat: seat ?? seatAt(ctx, c, at),
          sentiment: kind === "call" ? rng.between(-0.1, 0.7) : null, productive: kind === "call" ? rng.chance(0.75) : direction === "inbound" ? true : null,
        });
      }
    });
    if (c.optedOut) recordOptOut(ctx, rng, c);
    c.row.updatedAt = maxDate(c.row.updatedAt ?? start, times[times.length - 1]!);
  }
}

/** A plain-language or keyword opt-out, then exactly one confirmation, then silence. */
function recordOptOut(ctx: SeedContext, rng: Prng, c: ClientInfo): void {
  const at = c.row.optedOutAt!;
  const seat = seatAt(ctx, c, at);
  const words = c.row.language === "es" ? ["STOP", "Ya no me manden mensajes, por favor."] : ["STOP", "UNSUBSCRIBE", "Please stop texting me.", "Remove me from your list."];
  recordInteraction(ctx, rng, c, { channel: "sms", direction: "inbound", body: rng.pick(words), at, seat, sentiment: -0.5, productive: false });
  recordInteraction(ctx, rng, c, {
    channel: "sms", direction: "outbound", body: "You're unsubscribed from Jorge Salas Real Estate texts and won't receive more. Reply START if you ever want to hear from us again.",
    at: addMinutes(at, 1), seat, sentiment: 0.1, productive: null,
  });
  c.row.updatedAt = addMinutes(at, 1);
}
