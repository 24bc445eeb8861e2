import { describe, expect, it } from "vitest";
import { clashSubject, judgeBooking, type BookedSlot } from "./booking-clash";

const at = (hhmm: string) => new Date(`2026-03-14T${hhmm}:00Z`);
const booking = (o: Partial<BookedSlot> & { startsAt: Date; endsAt: Date }) => ({ id: "x", seatId: "daniel", clientId: "carmen", bookedAt: at("08:00"), ...o });

describe("judging a new booking by the double-booking rule", () => {
  const candidate = booking({ startsAt: at("17:00"), endsAt: at("17:45"), bookedAt: at("09:00") });

  it("lets a booking through when nothing overlaps or the overlap shares neither seat nor client", () => {
    const backToBack = booking({ id: "a", startsAt: at("16:00"), endsAt: at("17:00") });
    const otherPeople = booking({ id: "b", seatId: "maria", clientId: "sam", startsAt: at("17:00"), endsAt: at("18:00") });
    expect(judgeBooking(candidate, [backToBack, otherPeople])).toEqual({ verdict: "clear" });
    expect(judgeBooking(candidate, [])).toEqual({ verdict: "clear" });
  });

  it("refuses a second booking of the same seat, or of the same client, when the first was made earlier", () => {
    const seatBusy = booking({ id: "seat", clientId: "sam", startsAt: at("17:30"), endsAt: at("18:00") });
    const seatVerdict = judgeBooking(candidate, [seatBusy]);
    expect(seatVerdict).toMatchObject({ verdict: "refused", clash: { existing: { id: "seat" }, decision: { decided: true, rule: "first_booked", keep: "a" } } });
    const clientBusy = booking({ id: "client", seatId: "maria", startsAt: at("16:30"), endsAt: at("17:15") });
    expect(judgeBooking(candidate, [clientBusy])).toMatchObject({ verdict: "refused", clash: { existing: { id: "client" } } });
  });

  it("keeps a booking made at the same moment as a clashing one and flags it for Jorge", () => {
    const sameMoment = booking({ id: "twin", clientId: "sam", startsAt: at("17:00"), endsAt: at("17:30"), bookedAt: new Date(at("09:00").getTime() - 400) });
    expect(judgeBooking(candidate, [sameMoment])).toEqual({ verdict: "flagged", clashes: [{ existing: sameMoment, decision: expect.objectContaining({ decided: false, rule: "simultaneous_booking" }) }] });
  });

  it("refuses on an earlier booking that stands even when another clash is only flagged", () => {
    const twin = booking({ id: "twin", clientId: "sam", startsAt: at("17:00"), endsAt: at("17:30"), bookedAt: at("09:00") });
    const earlier = booking({ id: "earlier", seatId: "maria", startsAt: at("17:20"), endsAt: at("18:00") });
    expect(judgeBooking(candidate, [twin, earlier])).toMatchObject({ verdict: "refused", clash: { existing: { id: "earlier" } } });
  });

  it("says whether the seat or the client is the one booked twice", () => {
    const names = { seat: "Daniel Reyes", client: "Carmen Buyer" };
    expect(clashSubject(candidate, booking({ startsAt: at("17:00"), endsAt: at("18:00"), clientId: "sam" }), names)).toBe("Daniel Reyes is already booked");
    expect(clashSubject(candidate, booking({ startsAt: at("17:00"), endsAt: at("18:00"), seatId: "maria" }), names)).toBe("Carmen Buyer is already booked with another seat");
  });
});
