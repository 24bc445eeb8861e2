import { describe, expect, it } from "vitest";
import { appointmentInvite, inviteFileName, inviteTitle, type InviteAppointment } from "./invite";

const showing: InviteAppointment = {
  id: "0b7c9a34-5d1e-4f1a-9c3e-2f6d8a1b7e55", kind: "showing", startsAt: new Date("2026-03-14T17:00:00Z"), endsAt: new Date("2026-03-14T17:45:00Z"),
  timeZone: "America/Los_Angeles", place: "7421 Etiwanda Ave, Rancho Cucamonga", notes: "Bring the HOA docs.", status: "scheduled",
  clientName: "Carmen Buyer", seatName: "Daniel Reyes", createdAt: new Date("2026-03-10T16:00:00Z"),
};

/** An .ics text with its folded lines joined back, as calendars read it. */
const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, "");

describe("the .ics invite of an appointment", () => {
  it("holds the UTC times, the title, place, description in the client's zone and a reminder", () => {
    const ics = unfold(appointmentInvite(showing));
    expect(ics).toContain("BEGIN:VCALENDAR");
    expect(ics).toContain("PRODID:-//Team Console//Appointments//EN");
    expect(ics).toContain("DTSTART:20260314T170000Z");
    expect(ics).toContain("DTEND:20260314T174500Z");
    expect(ics).toContain("SUMMARY:Showing: Carmen Buyer with Daniel Reyes");
    expect(ics).toContain("LOCATION:7421 Etiwanda Ave\\, Rancho Cucamonga");
    expect(ics).toContain("Sat\\, Mar 14\\, 10:00 AM PDT (America/Los_Angeles)");
    expect(ics).toContain(`UID:${showing.id}@team-console`);
    expect(ics).toContain("STATUS:CONFIRMED");
    expect(ics).toMatch(/BEGIN:VALARM[\s\S]*TRIGGER:-PT30M[\s\S]*END:VALARM/);
  });

  it("marks a cancelled booking CANCELLED, without a reminder", () => {
    const ics = unfold(appointmentInvite({ ...showing, status: "cancelled", place: null, notes: null }));
    expect(ics).toContain("STATUS:CANCELLED");
    expect(ics).not.toContain("BEGIN:VALARM");
    expect(ics).not.toContain("LOCATION:");
  });

  it("names the file by kind, client and local day, in plain letters", () => {
    expect(inviteFileName(showing)).toBe("showing-carmen-buyer-2026-03-14.ics");
    expect(inviteFileName({ ...showing, kind: "listing_appointment", clientName: "José Núñez", startsAt: new Date("2026-03-15T05:00:00Z") })).toBe("listing-appointment-jose-nunez-2026-03-14.ics");
    expect(inviteTitle({ kind: "call", clientName: "Sam Seller", seatName: "Maria" })).toBe("Call: Sam Seller with Maria");
  });
});
