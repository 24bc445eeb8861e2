import { localHour } from "./dates";
import type { Part } from "./phrases";
import type { ClientInfo } from "./types";

/** The longest SMS body Jorge allows. */
export const SMS_LIMIT = 320;

/** The sender block an outbound e-mail carries (CAN-SPAM: postal address and a way out). */
export const EMAIL_FOOTER = "Jorge Salas Real Estate, 9700 Haven Ave, Suite 120, Rancho Cucamonga, CA 91730. Reply UNSUBSCRIBE to stop these e-mails.";

/** "$865K" or "$1.25M". */
export function formatPrice(n: number): string {
  return n >= 1_000_000 ? `$${(Math.round(n / 10_000) / 100).toString()}M` : `$${Math.round(n / 1000)}K`;
}

/** "$2,850" for a monthly rent. */
export function formatRent(n: number): string {
  return `$${Math.round(n).toLocaleString("en-US")}`;
}

/** The price a message about this client would quote: the deal, the client's own number, or the ZIP's typical price. */
export function quotedPrice(c: ClientInfo): number {
  return c.dealPrice ?? c.row.priceExpectation ?? c.row.budgetMax ?? Math.round(c.market.medianPrice * c.zip.priceFactor);
}

/** A price near a base, rounded to $5,000: comparable sales and list prices the team quotes. */
export function nearPrice(base: number, factor: number): number {
  return Math.max(5_000, Math.round((base * factor) / 5_000) * 5_000);
}

export const DAYS_EN = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"] as const;
export const DAYS_ES = ["domingo", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado"] as const;

/** "10:30am" (English) or "10:30" (Spanish, 24-hour) in the Pacific zone. */
export function clockTime(at: Date, spanish: boolean): string {
  const hour = localHour(at);
  const minute = String(Math.round((at.getTime() / 60_000) % 60)).padStart(2, "0");
  if (spanish) return `${hour}:${minute}`;
  return `${hour % 12 === 0 ? 12 : hour % 12}:${minute}${hour < 12 ? "am" : "pm"}`;
}

/** A greeting that fits the local time of day. */
export function greeting(at: Date, spanish: boolean): string {
  const h = localHour(at);
  if (spanish) return h < 12 ? "Buenos días" : h < 19 ? "Buenas tardes" : "Buenas noches";
  return h < 12 ? "Good morning" : h < 17 ? "Good afternoon" : "Good evening";
}

/** How a client says a timeline of this many days. */
export function timelineWords(days: number, spanish: boolean): string {
  if (spanish) return days <= 90 ? "unos dos o tres meses" : days <= 150 ? "unos cuatro o cinco meses" : "unos seis meses";
  return days <= 90 ? "two or three months" : days <= 150 ? "four or five months" : "about six months";
}

/** How a buyer says their move-in timeline. */
export const MOVE_IN_WORDS: Record<string, Part> = {
  "within 30 days": ["We'd like to be in within a month, our lease is up soon.", "Our lease ends next month, so within a month if we can."],
  "30-60 days": ["Ideally in the next two months.", "Sometime in the next two months would be perfect."],
  "60-90 days": ["We're thinking two to three months, before the school year starts.", "Two or three months out, ideally before the school year."],
  "3-6 months": ["Probably three to six months, we're not in a rush.", "We're flexible, three to six months."],
  "6+ months": ["Honestly six months or more, we're just getting started.", "Not for at least six months, we're planning ahead."],
};
