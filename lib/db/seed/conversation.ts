import type { AppointmentKind } from "../../domain/team/vocabulary";
import { cadenceDays } from "./cadence";
import { addDays, addMinutes, atLocalTime, localDate, maxDate, shiftDay } from "./dates";
import { buyerIntake, sellerIntake } from "./intake";
import { closedLines, contractLines, lostLines, type ContractStep } from "./lines-deal";
import { buyerUpdate, followUp, MONTHLY, sellerUpdate } from "./lines-nurture";
import { sellerWrap } from "./lines-seller";
import { afterBooking, bookingLines, buyerOffer, hotCall, hotNote, listedLaunch, listedOffer, listedWeek, renterTour, toursRequested } from "./lines-stages";
import type { Line, Slots } from "./phrases";
import type { Prng } from "./prng";
import type { SeedTransaction } from "./transactions";
import type { AppointmentRow, ClientInfo } from "./types";
import { CADENCE_HOURS, momentOn } from "./working-hours";

/** A stretch of conversation that starts no earlier than `at`; its lines follow one another. */
export interface Exchange {
  at: Date;
  lines: readonly Line[];
  slots?: Slots;
  /** A cadence follow-up: it happens on its own day inside the follow-up window, or not at all. */
  cadence?: boolean;
  /** Lines logged at exactly `at` (an appointment's end). */
  fixed?: boolean;
  /** The seat that speaks every line (the appointment's seat). */
  seatId?: string;
}

const NURTURE = new Set(["New Lead", "Qualifying", "Warm Seller", "Financially Ready"]);

/** Everything said with a client, in order of when it may start, from their profile, milestones, bookings and deal. */
export function planConversation(rng: Prng, c: ClientInfo, asOf: Date, deal: SeedTransaction | undefined): Exchange[] {
  const at = c.stageAt;
  const path = c.path;
  const hot = at["Hot Seller"];
  const hotNow = !!hot && path[path.indexOf("Hot Seller") - 1] === "Qualifying" && hot.getTime() - c.createdAt.getTime() < 2 * 86_400_000;
  const intake = c.pipeline === "seller" ? sellerIntake(rng, c, hotNow) : buyerIntake(rng, c);
  const out: Exchange[] = [{ at: c.createdAt, lines: intake.lines }];
  const end = (i: number) => at[path[i + 1] ?? ""] ?? (c.stage === "Closed" || c.stage === "Lost" ? c.endAt : asOf);
  const first = localDate(c.createdAt);
  const days = cadenceDays();
  let monthly = addDays(c.createdAt, days[days.length - 1]! + 30);
  path.forEach((stage, i) => {
    const [from, to] = [at[stage] ?? c.createdAt, end(i)];
    if (NURTURE.has(stage)) {
      for (const d of days) {
        const when = momentOn(rng, shiftDay(first, d), CADENCE_HOURS);
        if (!when || when < from || when >= to) continue;
        const lines = stage === "Warm Seller" ? sellerUpdate(rng.int(0, 3)) : stage === "Financially Ready" ? buyerUpdate(rng.int(0, 2)) : followUp(intake.pending, rng.chance(0.25));
        out.push({ at: when, lines, cadence: true });
      }
      for (; monthly < to && c.type !== "renter"; monthly = addDays(monthly, rng.between(27, 34))) if (monthly >= from) out.push({ at: momentOn(rng, localDate(monthly), CADENCE_HOURS) ?? monthly, lines: [MONTHLY] });
    }
    if (stage === "Hot Seller") out.push({ at: from, lines: [...(hotNow ? [] : sellerWrap(true)), hotNote(), ...(addMinutes(from, 120) < asOf ? [hotCall()] : [])] });
    if (stage === "Listed") {
      const offerAt = path[i + 1] === "Under Contract" ? addDays(to, -rng.between(1, 2)) : null;
      out.push({ at: addDays(from, 1), lines: listedLaunch(), slots: { day: "tomorrow" } });
      for (let w = addDays(from, 7); w < addDays(offerAt ?? to, -0.5); w = addDays(w, 7)) out.push({ at: atLocalTime(localDate(w), 10, 0), lines: listedWeek(rng.int(0, 1)), slots: { showings: String(rng.int(4, 12)), views: String(rng.int(90, 600)) } });
      if (offerAt) out.push({ at: offerAt, lines: listedOffer() });
    }
    if (stage === "Showing Scheduled" && c.type === "renter") out.push({ at: from, lines: renterTour() });
    else if (stage === "Showing Scheduled" && !c.bookings.some((b) => b.kind === "showing")) out.push({ at: from, lines: toursRequested() });
    if (stage === "Showing Scheduled" && c.type !== "renter" && path[i + 1] === "Under Contract") out.push({ at: addDays(to, -rng.between(1, 3)), lines: buyerOffer() });
  });
  for (const b of c.bookings) out.push(...bookingExchanges(rng, b));
  if (deal) out.push(...contractExchanges(rng, c, deal));
  if (c.stage === "Closed") out.push({ at: c.endAt, lines: closedLines(false) }, { at: addDays(c.endAt, rng.between(7, 14)), lines: closedLines(true) });
  if (c.stage === "Lost") out.push({ at: addDays(c.endAt, -rng.between(0.5, 1)), lines: lostLines(rng.int(0, 2)) });
  return out.sort((a, b) => a.at.getTime() - b.at.getTime());
}

const MEETING: Record<string, string> = { "Home inspection with the buyer's inspector.": "home inspection", "Final walkthrough before close of escrow.": "final walkthrough" };

/** An appointment's booking (when it was made), and what happened once it was over. */
function bookingExchanges(rng: Prng, b: AppointmentRow): Exchange[] {
  const meeting = MEETING[b.notes ?? ""] ?? "meeting";
  const slots: Slots = { place: (b.place ?? "").split(",")[0]!, meeting, Meeting: meeting[0]!.toUpperCase() + meeting.slice(1), length: String(Math.round((b.endsAt.getTime() - b.startsAt.getTime()) / 60_000)), booking: b.startsAt.toISOString() };
  const out: Exchange[] = [{ at: b.createdAt!, lines: bookingLines(b.kind as AppointmentKind), slots, seatId: b.seatId }];
  if (b.status === "scheduled") return out;
  const cancelledAt = maxDate(addMinutes(b.createdAt!, 120), addDays(b.startsAt, -rng.between(0.2, 1.5)));
  const status = b.status === "done" && b.kind === "listing_appointment" && rng.chance(0.3) ? "done_pushback" : b.status!;
  out.push({ at: b.status === "cancelled" ? cancelledAt : b.endsAt, lines: afterBooking(b.kind as AppointmentKind, status), slots, fixed: b.status === "done", seatId: b.seatId });
  return out;
}

/** Escrow's steps at the contract's own dates. */
function contractExchanges(rng: Prng, c: ClientInfo, deal: SeedTransaction): Exchange[] {
  const d = deal.dates;
  const day = (key: string, shift: number, hour = 10) => atLocalTime(shiftDay(d[key]!, shift), hour, rng.int(0, 50));
  const steps: [ContractStep, Date][] = [
    ["opened", addMinutes(c.acceptanceAt!, 30)], ["deposit", day("earnestMoneyDue", -1)], ["inspection", addDays(c.acceptanceAt!, rng.between(5, 8))],
    ["disclosures", day("sellerDisclosuresDue", -1, 14)], ["appraisal", addDays(c.acceptanceAt!, rng.between(12, 15))], ["loan", day("loanContingency", -2, 11)], ["closing", day("closeOfEscrow", -3, 15)],
  ];
  return steps.filter(([, when]) => when > c.acceptanceAt!).map(([step, when]) => ({ at: when, lines: contractLines(step, c.pipeline === "buyer") }));
}
