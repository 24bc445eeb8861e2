import { localMoment } from "./dates";
import { clockTime, DAYS_EN, DAYS_ES, formatPrice, formatRent, nearPrice, timelineWords } from "./message-text";
import type { Slots } from "./phrases";
import type { Prng } from "./prng";
import type { SeedTransaction } from "./transactions";
import type { ClientInfo } from "./types";

/** The neighborhoods of Rancho Cucamonga by ZIP, as clients name them. */
const NEIGHBORHOODS: Record<string, readonly string[]> = {
  "91701": ["Alta Loma", "Terra Vista"], "91730": ["Central RC", "Victoria Gardens", "Terra Vista"], "91737": ["Alta Loma"], "91739": ["Etiwanda", "Day Creek"],
};

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"];

/** "May 21" (or "21 de mayo") for a calendar day. */
function calendarDay(day: string, spanish = false): string {
  const [, m, d] = day.split("-").map(Number) as [number, number, number];
  return spanish ? `${d} de ${MESES[m - 1]}` : `${MONTHS[m - 1]} ${d}`;
}

/**
 * The words a client's messages are filled with, all from their profile: the seller's own price
 * and reasons, the buyer's range, approval and bedrooms, the deal's deadlines. A slot the profile
 * cannot fill is left out, so no line can quote a number the client never gave.
 */
export function clientSlots(rng: Prng, c: ClientInfo, deal: SeedTransaction | undefined): Slots {
  const q = c.row.qualification as Record<string, unknown>;
  const range = q.priceRange as { min: number; max: number } | undefined;
  const rent = q.monthlyRent as { min: number; max: number } | undefined;
  const typical = c.market.medianPrice * c.zip.priceFactor;
  const estimate = c.row.priceExpectation ?? nearPrice(typical, rng.between(0.96, 1.04));
  const budget = c.row.budgetMax ?? typical;
  const slots: Record<string, string | readonly string[]> = {
    first: c.row.firstName, street: c.pipeline === "seller" ? c.street : c.street.replace(/^\d+ /, ""), listing: c.street, city: c.zip.city, area: rng.pick(NEIGHBORHOODS[c.zip.zip] ?? [c.zip.city]),
    home: (c.row.propertyAddress ?? c.street).split(",")[0]!, estimate: formatPrice(estimate), beds: String(typeof q.bedrooms === "number" ? q.bedrooms : 3),
    comp: [0.95, 0.97, 0.99, 1.01, 1.03, 1.05].map((f) => formatPrice(nearPrice(estimate, f))),
    listPrice: [0.9, 0.93, 0.95, 0.97, 0.99].map((f) => formatPrice(nearPrice(budget, f))),
    offer: formatPrice(c.dealPrice ?? nearPrice(estimate, rng.between(0.97, 1))),
  };
  if (typeof q.movingTo === "string") slots.where = q.movingTo;
  if (c.row.priceExpectation) slots.ask = formatPrice(c.row.priceExpectation);
  if (c.row.timelineDays) [slots.timeline, slots.timelineEs] = [timelineWords(c.row.timelineDays, false), timelineWords(c.row.timelineDays, true)];
  if (range) [slots.min, slots.max] = [formatPrice(range.min), formatPrice(range.max)];
  if (c.row.preApprovalAmount) slots.approved = formatPrice(c.row.preApprovalAmount);
  if (typeof q.lender === "string") slots.lender = q.lender;
  if (rent) [slots.rent, slots.rentMin] = [formatRent(rent.max), formatRent(rent.min)];
  if (deal) {
    const d = deal.dates;
    for (const [slot, key] of [["emd", "earnestMoneyDue"], ["disclosures", "sellerDisclosuresDue"], ["loan", "loanContingency"], ["close", "closeOfEscrow"]] as const) {
      [slots[slot], slots[`${slot}Es`]] = [calendarDay(d[key]!), calendarDay(d[key]!, true)];
    }
  }
  return slots;
}

/** Day and time words for a moment (an appointment's start, or when a line is said): "Thursday", "10:30am", "Thursday, May 21 at 10:30am". */
export function momentSlots(when: Date, spanish: boolean): Slots {
  const local = localMoment(when);
  const [, month, day] = local.day.split("-").map(Number) as [number, number, number];
  const [weekday, clock] = [(spanish ? DAYS_ES : DAYS_EN)[local.weekday]!, clockTime(when, spanish)];
  const date = spanish ? `${weekday} ${day} de ${MESES[month - 1]} a las ${clock}` : `${weekday}, ${MONTHS[month - 1]} ${day} at ${clock}`;
  return { day: weekday, time: clock, when: date };
}
