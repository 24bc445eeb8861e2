import type { Verdict } from "../../domain/compliance/verdict";
import type { MessagePurpose } from "../../domain/team/vocabulary";
import { addMinutes, atLocalTime, localDate, shiftDay, weekday } from "./dates";
import { seatAt } from "./interactions";
import { EMAIL_FOOTER, formatPrice, quotedPrice } from "./message-text";
import { emailSubject, pushFindings, reviewSeedMessage } from "./outbox-review";
import { SEED_LOCATION_ID } from "./outbox";
import type { ClientInfo, SeatInfo, SeedContext } from "./types";

interface DraftSpec {
  code: string;
  channel: "sms" | "email";
  purpose: MessagePurpose;
  author: "ai" | "human";
  /** Local hour it was written (yesterday or this morning). */
  hour: number;
  fits?: (c: ClientInfo) => boolean;
  text: (c: ClientInfo, seat: SeatInfo) => string;
}

const first = (c: ClientInfo) => c.row.firstName;
const street = (c: ClientInfo) => c.street.replace(/^\d+\s+/, "");
const seller = (c: ClientInfo) => c.pipeline === "seller";
const buyer = (c: ClientInfo) => c.pipeline === "buyer" && c.type === "buyer";

/** What a seat wrote and the gate stopped: warned drafts wait for a person's "send anyway", blocked ones never go. */
const SPECS: readonly DraftSpec[] = [
  { code: "familial_status", channel: "sms", purpose: "conversational", author: "human", hour: 10, fits: buyer, text: (c) => `Hi ${first(c)}, a 4-bedroom just came up near ${street(c)}. The street is quiet and great for families. Want to see it Saturday?` },
  { code: "safe_area", channel: "sms", purpose: "conversational", author: "human", hour: 15, fits: buyer, text: (c) => `${first(c)}, the home on ${street(c)} is in a really safe neighborhood, you'd love it. Free to tour it Thursday?` },
  { code: "exclusive", channel: "sms", purpose: "marketing", author: "ai", hour: 11, fits: buyer, text: (c) => `Hi ${first(c)}, new this week in ${c.zip.city}: a home in an exclusive community, only the right kind of neighbors. Reply YES for the details.` },
  { code: "empty_nesters", channel: "sms", purpose: "conversational", author: "human", hour: 9, fits: buyer, text: (c) => `${first(c)}, the single-story on ${street(c)} is perfect for empty nesters. Should I book a showing?` },
  { code: "pressure", channel: "sms", purpose: "conversational", author: "human", hour: 16, fits: buyer, text: (c) => `${first(c)}, you'll need to act fast before someone else grabs it, this is a once in a lifetime deal. Can you decide today?` },
  { code: "question_order", channel: "sms", purpose: "conversational", author: "human", hour: 13, fits: (c) => seller(c) && c.stage === "Qualifying", text: (c) => `Thanks ${first(c)}. What price would feel good for the home on ${street(c)}?` },
  { code: "quiet_hours", channel: "sms", purpose: "marketing", author: "ai", hour: 21.6, fits: seller, text: (c) => `Hi ${first(c)}, homes near ${street(c)} sold for about ${formatPrice(quotedPrice(c))} this month. Reply if you'd like your home's value.` },
  { code: "claims_human", channel: "sms", purpose: "conversational", author: "ai", hour: 12, text: (c, s) => `Hi ${first(c)}, yes, I'm a real person, ${s.signature} on Jorge Salas's team. What questions do you have?` },
  { code: "missing_footer", channel: "email", purpose: "marketing", author: "human", hour: 14, fits: (c) => !!c.row.email && c.row.emailConsent === true, text: (c, s) => `Hi ${first(c)},\n\nHere are this month's sales in ${c.zip.city}, with prices near ${formatPrice(quotedPrice(c))}.\n\n${s.signature}` },
  { code: "opted_out", channel: "sms", purpose: "conversational", author: "human", hour: 10.5, fits: (c) => c.optedOut, text: (c) => `Hi ${first(c)}, just checking back in. Are you still thinking about a move this year?` },
];

/** When the draft was written: at its local hour today when that has passed, else on the last working day (last night for an evening text). */
function draftedAt(ctx: SeedContext, hour: number, n: number): Date {
  const at = (day: string) => atLocalTime(day, Math.floor(hour), Math.round((hour % 1) * 60) + (n % 7) * 3);
  const today = localDate(ctx.asOf);
  if (at(today).getTime() < addMinutes(ctx.asOf, -15).getTime()) return at(today);
  let day = shiftDay(today, -1);
  while (hour < 20 && (weekday(day) === 0 || weekday(day) === 6)) day = shiftDay(day, -1);
  return at(day);
}

/**
 * A handful of messages the quality gate stopped this morning and yesterday, never sent: held
 * ones (a Fair Housing or pressure warning, a question out of Jorge's order, a marketing text
 * after 9pm) wait for a person; blocked ones (an AI claiming to be a person, an e-mail without
 * the footer, a text to a client who opted out) cannot go. Each carries the real verdict and its
 * findings; a draft the gate would pass is left out.
 */
export function buildHeldDrafts(ctx: SeedContext): void {
  const rng = ctx.rng("drafts");
  const pool = rng.shuffle(ctx.clients.filter((c) => c.row.language === "en" && c.stage !== "Closed" && c.stage !== "Lost"));
  const optedOut = rng.shuffle(ctx.clients.filter((c) => c.optedOut && c.row.language === "en"));
  const used = new Set<string>();
  SPECS.forEach((spec, n) => {
    const at = draftedAt(ctx, spec.hour, n);
    const c = (spec.code === "opted_out" ? optedOut : pool).find((x) => !used.has(x.id) && (spec.fits?.(x) ?? true) && (spec.channel !== "sms" || x.row.smsConsent || x.optedOut) && seatFor(ctx, x, at, spec.author));
    if (!c) return;
    const seat = seatFor(ctx, c, at, spec.author)!;
    const body = spec.text(c, seat);
    const verdict: Verdict = reviewSeedMessage({ c, channel: spec.channel, body: spec.channel === "email" && spec.code !== "missing_footer" ? `${body}\n${EMAIL_FOOTER}` : body, at, authorKind: spec.author, purpose: spec.purpose });
    const warnedOnly = verdict.allowed && (verdict.fairHousing === "warn" || verdict.quietHours || verdict.findings.some((f) => f.severity === "warn"));
    if (verdict.allowed && !warnedOnly) return;
    used.add(c.id);
    const id = rng.uuid();
    ctx.data.outboundMessages.push({
      organizationId: ctx.orgId, id, clientId: c.id, seatId: seat.id, authorUserId: seat.userId, authorKind: spec.author, purpose: spec.purpose, channel: spec.channel,
      subject: spec.channel === "email" ? emailSubject(c) : null, body, idempotencyKey: `seed-draft:${spec.code}:${c.id}`, inReplyToId: null, interactionId: null,
      verdict, allowed: verdict.allowed, fairHousing: verdict.fairHousing, state: verdict.allowed ? "held" : "blocked", overriddenByUserId: null, overriddenAt: null,
      attempts: 0, lastError: null, nextAttemptAt: null, ghlLocationId: SEED_LOCATION_ID, ghlConversationId: null, ghlMessageId: null,
      createdAt: at, queuedAt: null, sentAt: null, deliveredAt: null, failedAt: null,
    });
    pushFindings(ctx, { id, clientId: c.id, seatId: seat.id, interactionId: null, createdAt: at }, verdict, () => rng.uuid());
  });
}

/** The seat that would write the draft: the client's seat at that moment, when it is the right kind. */
function seatFor(ctx: SeedContext, c: ClientInfo, at: Date, author: "ai" | "human"): SeatInfo | null {
  const seat = seatAt(ctx, c, at);
  return seat.kind === author ? seat : null;
}
