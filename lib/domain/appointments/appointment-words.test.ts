import { describe, expect, it } from "vitest";
import { appointmentLine, clockInZone, durationWords, spanInZone, whenInZone, zoneAbbreviation } from "./appointment-words";

describe("appointments in words", () => {
  it("writes lengths the way people say them", () => {
    expect(durationWords(15)).toBe("15 min");
    expect(durationWords(60)).toBe("1 h");
    expect(durationWords(90)).toBe("1 h 30 min");
  });

  it("shows times in the client's zone with its name, summer and winter", () => {
    const summer = new Date("2026-07-04T17:30:00Z");
    expect(whenInZone(summer, "America/Los_Angeles")).toBe("Sat, Jul 4, 10:30 AM PDT");
    expect(clockInZone(summer, "America/New_York")).toBe("1:30 PM EDT");
    expect(zoneAbbreviation(new Date("2026-01-10T12:00:00Z"), "America/Los_Angeles")).toBe("PST");
  });

  it("writes a stretch of time with the zone once, and AM or PM once when both ends share it", () => {
    const LA = "America/Los_Angeles";
    expect(spanInZone(new Date("2026-03-14T17:00:00Z"), new Date("2026-03-14T17:45:00Z"), LA)).toBe("10:00 – 10:45 AM PDT");
    expect(spanInZone(new Date("2026-03-14T18:30:00Z"), new Date("2026-03-14T19:15:00Z"), LA)).toBe("11:30 AM – 12:15 PM PDT");
  });

  it("makes one line of kind, time, length and place, leaving out a missing place", () => {
    const base = { kind: "showing" as const, startsAt: new Date("2026-03-14T17:00:00Z"), endsAt: new Date("2026-03-14T17:45:00Z"), timeZone: "America/Los_Angeles" };
    expect(appointmentLine({ ...base, place: "7421 Etiwanda Ave" })).toBe("Showing · Sat, Mar 14, 10:00 AM PDT · 45 min · 7421 Etiwanda Ave");
    expect(appointmentLine({ ...base, kind: "listing_appointment", place: null })).toBe("Listing appointment · Sat, Mar 14, 10:00 AM PDT · 45 min");
  });
});
