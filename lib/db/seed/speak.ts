import type { Channel } from "../../domain/team/vocabulary";
import type { Exchange } from "./conversation";
import { addMinutes, localDate } from "./dates";
import { assistantFor, recordInteraction, seatAt } from "./interactions";
import { EMAIL_FOOTER, greeting, SMS_LIMIT } from "./message-text";
import type { Line, Slots, Variety } from "./phrases";
import type { Prng } from "./prng";
import { phoneCall, type Said } from "./phone";
import { momentSlots } from "./slots";
import type { ClientInfo, SeatInfo, SeedContext } from "./types";
import { CADENCE_HOURS, CLIENT_HOURS, isOpen, laterWithin, TEAM_HOURS, TEXT_HOURS, WRITTEN_HOURS, clientReplyAt, teamReplyAt, type Hours } from "./working-hours";

/** What the scheduler needs besides the exchanges: the client's own slots and the moment talk stops. */
export interface Talk {
  ctx: SeedContext;
  rng: Prng;
  variety: Variety;
  c: ClientInfo;
  slots: Slots;
  /** Whether a Spanish-speaking client writes in Spanish. */
  clientSpanish: boolean;
  /** The team's first answer to the inquiry. */
  firstReply?: Line;
  limit: Date;
}

/** A follow-up is skipped when the team wrote to the client within this long (they are already talking). */
const QUIET_BEFORE_FOLLOW_UP = 20 * 3_600_000;

const WRITTEN = new Set<string>(["sms", "email", "chat", "social"]);

const hoursOf = (seat: SeatInfo, channel: string): Hours => (seat.kind === "human" ? TEAM_HOURS : channel === "sms" || channel === "call" || channel === "voicemail" ? TEXT_HOURS : WRITTEN_HOURS);

/**
 * The seat that speaks a team line: the appointment's seat, a supporting seat of the line's role
 * when the client has one, else the handler; a first reply that a person cannot send after hours
 * goes out from the follow-up AI seat.
 */
function speaker(t: Talk, ex: Exchange, line: Line, at: Date): SeatInfo {
  const booked = ex.seatId ? t.ctx.seats.find((s) => s.id === ex.seatId) : undefined;
  if (booked) return booked;
  const help = line.by ? t.c.supports.find((s) => s.seat.role === line.by && s.from.getTime() <= at.getTime()) : undefined;
  const seat = help?.seat ?? seatAt(t.ctx, t.c, at);
  return line === t.firstReply && seat.kind === "human" && !isOpen(at, TEAM_HOURS) ? assistantFor(t.ctx, t.c) : seat;
}

/** The written channel of a team line, or "phone" when the client can only be called. */
function channelFor(t: Talk, line: Line): Channel | "phone" {
  const email = !!t.c.row.email && !!t.c.row.emailConsent;
  if (line.email && email && t.c.medium !== "phone") return "email";
  return t.c.medium;
}

/** Places every exchange after the one before it, line by line, and records what was said; returns the last moment. */
export function speak(talk: Talk, exchanges: readonly Exchange[]): Date {
  const t: Talk = { ...talk, firstReply: exchanges[0]?.lines.find((l) => l.who === "team") };
  let cursor = t.c.createdAt;
  let lastOut = 0;
  let attempts = 0;
  for (const ex of exchanges) {
    if (ex.at.getTime() >= t.limit.getTime()) break;
    const gap = cursor === t.c.createdAt ? 0 : (ex.fixed ? 2 : 20) * 60_000;
    let at = new Date(Math.max(ex.at.getTime(), cursor.getTime() + gap));
    if (ex.cadence && (!isOpen(at, CADENCE_HOURS) || localDate(at) !== localDate(ex.at) || attempts >= 10)) continue;
    let prev: { at: Date; who: string; channel: Channel } | null = null;
    const lines = ex.lines;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      const replyOn = prev && WRITTEN.has(prev.channel) ? prev.channel : ex === exchanges[0] && i === 0 ? t.c.inquiryChannel : t.c.medium;
      const channel: Channel | "phone" = line.who === "client" ? replyOn : line.who === "team" ? channelFor(t, line) : line.who;
      const voice = channel === "phone" ? "call" : channel;
      if (ex.fixed && i === 0) at = new Date(Math.max(ex.at.getTime(), cursor.getTime() + gap));
      else if (line.who === "client") at = prev ? clientReplyAt(t.rng, prev.at) : ex === exchanges[0] ? ex.at : laterWithin(t.rng, at, 0, CLIENT_HOURS, 90);
      else if (line.who === "note" || line.who === "meeting") at = prev ? addMinutes(prev.at, t.rng.between(1, 6)) : at;
      else {
        const seat0 = speaker(t, ex, line, prev ? prev.at : at);
        at = prev ? (prev.who === "client" ? teamReplyAt(t.rng, prev.at, seat0.kind, voice) : addMinutes(prev.at, t.rng.between(1, 4))) : laterWithin(t.rng, at, t.rng.between(0, 25), hoursOf(seat0, voice), 45);
        const seat = speaker(t, ex, line, at);
        if (!isOpen(at, hoursOf(seat, voice))) at = laterWithin(t.rng, at, 0, hoursOf(seat, voice), 30);
      }
      if (at.getTime() >= t.limit.getTime()) return cursor;
      const opening = i === 0;
      if (ex.cadence && opening && (!isOpen(at, CADENCE_HOURS) || localDate(at) !== localDate(ex.at) || at.getTime() - lastOut < QUIET_BEFORE_FOLLOW_UP)) break;
      const said = say(t, ex, lines, i, channel, at);
      i += said.skip;
      if (!said.channel) continue;
      if (ex.cadence && opening) t.c.cadence.push({ attempt: ++attempts, dueAt: ex.at, doneAt: at, row: said.row });
      if (said.row?.direction === "outbound") lastOut = at.getTime();
      prev = { at, who: line.who, channel: said.channel };
      cursor = at;
    }
  }
  return cursor;
}

/** Renders and records one line; a team line to a phone-only client becomes a call (with the client's answer) or a voicemail. */
function say(t: Talk, ex: Exchange, lines: readonly Line[], i: number, channel: Channel | "phone", at: Date): Said {
  const { ctx, rng, c } = t;
  const line = lines[i]!;
  const names = [c.row.firstName, c.row.lastName ?? ""];
  const slots = (spanish: boolean, seat: SeatInfo | null): Slots => ({ ...t.slots, ...momentSlots(typeof ex.slots?.booking === "string" ? new Date(ex.slots.booking) : at, spanish), ...ex.slots, agent: seat?.signature ?? "Jorge", greeting: greeting(at, spanish) });
  if (line.who === "client") {
    if (channel === "phone") return { channel: null, skip: 0 };
    const es = !!line.es && t.clientSpanish;
    const body = t.variety.message(rng, es ? line.es! : line.en, slots(es, null), at, names);
    if (!body) return { channel: null, skip: lines[i + 1]?.who === "team" ? 1 : 0 };
    const row = recordInteraction(ctx, rng, c, { channel: channel as Channel, direction: "inbound", body, at, seat: null, sentiment: line.mood + rng.normal(0, 0.1), productive: line.productive ?? null });
    return { channel: channel as Channel, skip: 0, row };
  }
  const seat = line.who === "team" || ex.seatId ? speaker(t, ex, line, at) : seatAt(ctx, c, at);
  const who = [...names, seat.signature];
  if (line.who !== "team") {
    const minutes = String(rng.int(3, 22));
    const body = t.variety.message(rng, line.en, { ...slots(false, seat), minutes }, at, who);
    const direction = line.who === "call" || line.who === "voicemail" ? "outbound" : "internal";
    const ch = line.who as Channel;
    const row = recordInteraction(ctx, rng, c, { channel: ch, direction, body, at, seat, sentiment: line.who === "note" ? null : line.mood, productive: null, outcome: line.outcome ?? null });
    return { channel: ch, skip: 0, row };
  }
  if (channel === "phone") return phoneCall(t, lines, i, at, seat, slots(false, seat), who);
  const es = c.row.language === "es" && !!line.es && seat.languages.includes("es");
  const parts = (es ? line.es! : line.en).map((p) => t.variety.sentence(rng, p, slots(es, seat), at, who)).filter((s) => s.length > 0);
  if (parts.length === 0) return { channel: null, skip: 0 };
  while (channel === "sms" && parts.length > 1 && parts.join(" ").length > SMS_LIMIT) parts.splice(parts.length - 2, 1);
  const text = parts.join(" ");
  const body = channel === "email" ? `${text}\n\n${seat.signature}\n${EMAIL_FOOTER}` : text;
  const row = recordInteraction(ctx, rng, c, { channel, direction: "outbound", body, at, seat, sentiment: line.mood + rng.normal(0, 0.1), productive: null, outcome: line.outcome ?? null });
  return { channel, skip: 0, row };
}
