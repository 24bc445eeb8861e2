import type { AppointmentKind } from "../../domain/team/vocabulary";
import { addDays, addMinutes, atLocalTime, localDate, maxDate, minDate } from "./dates";
import { seatAt } from "./interactions";
import { formatPrice, nearPrice } from "./message-text";
import { streetAddress } from "./people";
import { hashString, type Prng } from "./prng";
import type { SeedTransaction } from "./transactions";
import type { AppointmentRow, ClientInfo, SeatInfo, SeedContext } from "./types";
import { lastOpenBefore, momentOn, TEAM_HOURS, type Hours } from "./working-hours";

const MINUTES: Record<AppointmentKind, number> = { showing: 45, listing_appointment: 60, call: 30, meeting: 60 };
const weekdays = (from: number, to: number, saturday: readonly [number, number] | null, sunday: readonly [number, number] | null = null): Hours =>
  [sunday, [from, to], [from, to], [from, to], [from, to], [from, to], saturday];
/** When each kind of appointment happens: showings into the evening and on weekends, calls on weekdays. */
const HOURS: Record<AppointmentKind, Hours> = {
  showing: weekdays(10, 19, [10, 17], [11, 16]), listing_appointment: weekdays(10, 18, [10, 14]), call: weekdays(9, 17, null), meeting: weekdays(9, 17, [9, 13]),
};
/** Minutes kept free between two appointments of one seat or client, for the drive. */
const BUFFER = 15;

interface Want {
  c: ClientInfo;
  seat: SeatInfo;
  kind: AppointmentKind;
  from: Date;
  to: Date;
  bookedAt: Date;
  place: string | null;
  notes: string | null;
}

/** Booked time per seat and per client, so nobody is in two places at once. */
class Calendar {
  private readonly taken = new Map<string, [number, number][]>();
  free(keys: readonly string[], start: number, end: number): boolean {
    const [s, e] = [start - BUFFER * 60_000, end + BUFFER * 60_000];
    return keys.every((k) => !(this.taken.get(k) ?? []).some(([a, b]) => a < e && s < b));
  }
  add(keys: readonly string[], start: number, end: number): void {
    for (const k of keys) this.taken.set(k, [...(this.taken.get(k) ?? []), [start, end]]);
  }
}

function book(ctx: SeedContext, rng: Prng, cal: Calendar, w: Want): void {
  if (w.to.getTime() <= w.from.getTime()) return;
  const ms = MINUTES[w.kind] * 60_000;
  for (let attempt = 0; attempt < 16; attempt++) {
    const start = momentOn(rng, localDate(new Date(w.from.getTime() + rng.float() * (w.to.getTime() - w.from.getTime()))), HOURS[w.kind], true);
    if (!start || start.getTime() < w.from.getTime() || start.getTime() + ms > w.to.getTime()) continue;
    const keys = [`seat:${w.seat.id}`, `client:${w.c.id}`];
    if (!cal.free(keys, start.getTime(), start.getTime() + ms)) continue;
    cal.add(keys, start.getTime(), start.getTime() + ms);
    const endsAt = new Date(start.getTime() + ms);
    const wanted = minDate(w.bookedAt, minDate(ctx.asOf, addMinutes(start, -rng.between(18, 60) * 60)));
    const createdAt = maxDate(w.c.createdAt, lastOpenBefore(wanted, TEAM_HOURS));
    const past = endsAt.getTime() <= ctx.asOf.getTime();
    const noShows = w.kind === "showing" || w.kind === "call" ? 6 : 0;
    const status = past ? rng.weighted([["done", 85], ["no_show", noShows], ["cancelled", 9]] as const) : "scheduled";
    const reminder = addMinutes(start, -30);
    const row: AppointmentRow = {
      organizationId: ctx.orgId, id: rng.uuid(), clientId: w.c.id, seatId: w.seat.id, kind: w.kind, startsAt: start, endsAt, timeZone: w.c.row.timeZone ?? "America/Los_Angeles",
      place: w.place, notes: w.notes, status, remindedAt: status !== "cancelled" && reminder <= ctx.asOf && reminder >= createdAt ? reminder : null,
      bookedByUserId: w.seat.userId, createdAt,
    };
    ctx.data.appointments.push(row);
    w.c.bookings.push(row);
    return;
  }
}

/**
 * The person who meets the client: the handling seat when it is a person; for an AI seat's
 * listing appointment, a listing specialist who covers the market (Jorge in the luxury market or
 * when none is free). An appointment ahead needs someone at work, not away or on vacation.
 */
function humanAt(ctx: SeedContext, c: ClientInfo, at: Date, kind: AppointmentKind, future: boolean): SeatInfo | null {
  const seat = seatAt(ctx, c, at);
  const working = (s: SeatInfo) => !future || s.presence === "available";
  if (seat.kind === "human") return working(seat) ? seat : null;
  if (kind !== "listing_appointment") return null;
  const specialists = ctx.seats.filter((s) => s.kind === "human" && s.role === "listing_specialist" && s.marketIds.has(c.market.id) && working(s));
  const jorge = ctx.seats.find((s) => s.kind === "human" && s.role === "overseer")!;
  return c.market.type === "luxury" || specialists.length === 0 ? jorge : specialists[hashString(c.id) % specialists.length]!;
}

/**
 * Showings, listing appointments, calls and escrow meetings for the clients people work: the
 * ones behind each client's stage, and this week's ahead; no seat or client is booked twice at once.
 */
export function buildAppointments(ctx: SeedContext, transactions: readonly SeedTransaction[]): void {
  const rng = ctx.rng("appointments");
  const cal = new Calendar();
  const deals = new Map(transactions.map((t) => [t.client.id, t]));
  const soon = (days: number) => addDays(ctx.asOf, days);
  for (const c of ctx.clients) {
    if (c.optedOut || !c.owner) continue;
    const want = (kind: AppointmentKind, from: Date, to: Date, bookedAt: Date, place: string | null, notes: string | null) => {
      const seat = humanAt(ctx, c, maxDate(from, bookedAt), kind, from.getTime() >= ctx.asOf.getTime());
      if (seat) book(ctx, rng, cal, { c, seat, kind, from, to: minDate(to, c.stage === "Lost" ? c.endAt : to), bookedAt, place, notes });
    };
    const at = c.stageAt;
    const home = c.row.propertyAddress ? `${c.row.propertyAddress}, ${c.zip.city}` : null;
    const price = (f: number) => formatPrice(nearPrice(c.row.budgetMax ?? c.market.medianPrice * c.zip.priceFactor, f));
    const tour = () => `${streetAddress(rng, c.zip.streets)}, ${c.zip.city}`;
    if (at["Listing Appointment"]) {
      const entered = at["Listing Appointment"];
      const until = at.Listed ?? soon(6);
      want("listing_appointment", maxDate(addMinutes(entered, 60 * 20), c.stage === "Listing Appointment" ? ctx.asOf : entered), until, entered, home, "Bring the pricing analysis and the prep checklist.");
    }
    if (c.stage === "Hot Seller" && rng.chance(0.6)) want("call", addMinutes(ctx.asOf, 120), soon(3), at["Hot Seller"]!, "Phone", "Hot seller: confirm the timeline and set the listing appointment.");
    if (at["Showing Scheduled"] && c.type !== "renter") {
      const entered = at["Showing Scheduled"];
      const until = at["Under Contract"] ?? (c.stage === "Showing Scheduled" ? soon(6) : c.endAt);
      const beds = (c.row.qualification as { bedrooms?: number }).bedrooms;
      for (let k = rng.int(2, 4); k > 0; k--) want("showing", entered, until, addDays(entered, rng.between(0, 1)), tour(), `${beds ? `${beds} bd, ` : ""}listed at ${price(rng.between(0.92, 1))}.`);
    }
    if ((c.stage === "Financially Ready" && rng.chance(0.25)) || (c.stage === "Qualifying" && rng.chance(0.08))) {
      want("call", addMinutes(ctx.asOf, 90), soon(5), addDays(ctx.asOf, -rng.between(0.1, 2)), "Phone", c.pipeline === "buyer" ? "Buyer consultation: budget, lender and the search plan." : "Pricing consultation: recent sales and the seller net sheet.");
    }
    const deal = deals.get(c.id);
    if (deal && deal.status === "open") {
      const [accepted, close] = [c.acceptanceAt!, atLocalTime(deal.dates.closeOfEscrow!, 9, 0)];
      if (c.pipeline === "buyer") want("meeting", addDays(accepted, 4), addDays(accepted, 8), addDays(accepted, 1), home, "Home inspection with the buyer's inspector.");
      want("meeting", addDays(close, -3), addDays(close, -1), addDays(close, -10), home, "Final walkthrough before close of escrow.");
    }
  }
  for (const c of ctx.clients) c.bookings.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
}
