import { addDays, localDate, weekday } from "./dates";
import { EN, NOTES, TOPICS, type Template } from "./messages-en";
import { ES, WEEKDAYS_EN, WEEKDAYS_ES } from "./messages-es";
import type { Prng } from "./prng";
import type { ClientInfo, SeatInfo } from "./types";

/** The longest SMS body Jorge allows. */
export const SMS_LIMIT = 320;

/** The sender block an outbound e-mail carries (CAN-SPAM: postal address and a way out). */
export const EMAIL_FOOTER = "Jorge Salas Real Estate, 9700 Haven Ave, Suite 120, Rancho Cucamonga, CA 91730. Reply UNSUBSCRIBE to stop these e-mails.";

const STAGE_KEY: Record<string, string> = {
  "New Lead": "new", Qualifying: "qualifying", "Warm Seller": "warm", "Hot Seller": "hot", "Listing Appointment": "appointment",
  Listed: "listed", "Financially Ready": "ready", "Showing Scheduled": "showing",
};

/**
 * The message phase at the index-th of count messages: the inquiry and first answer, then the
 * stages the client went through, the contract, after closing, or the goodbye of a lost client.
 */
export function phaseAt(c: ClientInfo, t: Date, index: number, count: number): string {
  if (index <= 1) return `${c.pipeline}.new`;
  if (c.stage === "Lost" && index >= Math.floor(count * 0.8)) return "lost";
  if (c.acceptanceAt && t.getTime() >= c.acceptanceAt.getTime()) {
    return c.stage === "Closed" && t.getTime() >= c.endAt.getTime() - 86_400_000 ? "closed" : "contract";
  }
  const pre = c.path.filter((s) => STAGE_KEY[s] && s !== "New Lead");
  if (pre.length === 0) return "nurture";
  const endMs = (c.acceptanceAt ?? c.endAt).getTime();
  const f = Math.max(0, Math.min(0.999, (t.getTime() - c.createdAt.getTime()) / Math.max(1, endMs - c.createdAt.getTime())));
  return `${c.pipeline}.${STAGE_KEY[pre[Math.floor(f * pre.length)]!]}`;
}

/** A template of the wanted direction for the phase, in Spanish with the given probability. */
export function chooseTemplate(rng: Prng, phase: string, dir: "in" | "out", spanishShare: number): { template: Template; spanish: boolean } {
  if (spanishShare > 0 && rng.chance(spanishShare)) {
    const pool = (ES[phase] ?? ES.general!).filter((t) => t[0] === dir);
    if (pool.length > 0) return { template: rng.pick(pool), spanish: true };
  }
  const pool = (EN[phase] ?? EN.nurture!).filter((t) => t[0] === dir);
  return { template: rng.pick(pool), spanish: false };
}

/** "$865K" or "$1.25M". */
export function formatPrice(n: number): string {
  return n >= 1_000_000 ? `$${(Math.round(n / 10_000) / 100).toString()}M` : `$${Math.round(n / 1000)}K`;
}

/** The price a message about this client would quote. */
export function quotedPrice(c: ClientInfo): number {
  return c.dealPrice ?? c.row.priceExpectation ?? c.row.budgetMax ?? Math.round(c.market.medianPrice * c.zip.priceFactor);
}

/** Fills {slots} for a client, a seat and a moment. */
export function fill(rng: Prng, text: string, c: ClientInfo, seat: SeatInfo | null, at: Date, spanish: boolean): string {
  const q = c.row.qualification as Record<string, unknown>;
  const later = localDate(addDays(at, rng.int(1, 4)));
  const values: Record<string, string> = {
    first: c.row.firstName,
    agent: seat?.signature ?? "Jorge's team",
    street: c.street,
    city: c.zip.city,
    price: formatPrice(quotedPrice(c)),
    beds: String(typeof q.bedrooms === "number" ? q.bedrooms : 3),
    day: (spanish ? WEEKDAYS_ES : WEEKDAYS_EN)[weekday(later)]!,
    time: spanish ? rng.pick(["10:00", "11:30", "13:00", "15:30", "17:00"]) : rng.pick(["10:00am", "11:30am", "1:00pm", "3:30pm", "5:00pm", "6:15pm"]),
  };
  return text.replace(/\{(\w+)\}/g, (m, key: string) => values[key] ?? m);
}

/** A topic group for call and voicemail summaries. */
function topicGroup(phase: string, pipeline: string): string {
  return phase.startsWith("seller.") ? "seller" : phase.startsWith("buyer.") ? "buyer" : phase in TOPICS ? phase : pipeline;
}

/** The summary a seat logs after a call. */
export function callSummary(rng: Prng, phase: string, pipeline: string, dir: "inbound" | "outbound"): string {
  const topic = rng.pick(TOPICS[topicGroup(phase, pipeline)] ?? TOPICS.seller!);
  const minutes = rng.int(2, 24);
  return dir === "outbound" ? `Called {first} (${minutes} min): talked through ${topic}.` : `{first} called in (${minutes} min) to ask about ${topic}.`;
}

/** The line a voicemail leaves in the timeline. */
export function voicemailSummary(rng: Prng, phase: string, pipeline: string, dir: "inbound" | "outbound"): string {
  const topic = rng.pick(TOPICS[topicGroup(phase, pipeline)] ?? TOPICS.seller!);
  return dir === "outbound" ? `Left a voicemail for {first} about ${topic}.` : `Voicemail from {first} asking for a call back about ${topic}.`;
}

/** An internal note. */
export function noteText(rng: Prng): string {
  return rng.pick(NOTES);
}
