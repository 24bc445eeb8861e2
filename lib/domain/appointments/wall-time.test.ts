import { describe, expect, it } from "vitest";
import { addDays, dayInZone, instantToWallTime, isCalendarDay, isTimeZone, startOfDayInZone, wallTimeToInstant } from "./wall-time";

const LA = "America/Los_Angeles";
const NY = "America/New_York";

describe("reading a date-time field in the client's time zone", () => {
  it("turns Pacific and Eastern wall times into the right instants, daylight time included", () => {
    expect(wallTimeToInstant("2026-03-14T10:30", LA)).toEqual({ ok: true, at: new Date("2026-03-14T17:30:00Z") });
    expect(wallTimeToInstant("2026-01-14T10:30", LA)).toEqual({ ok: true, at: new Date("2026-01-14T18:30:00Z") });
    expect(wallTimeToInstant("2026-03-14T10:30", NY)).toEqual({ ok: true, at: new Date("2026-03-14T14:30:00Z") });
  });

  it("refuses the hour the clocks skip in spring, and reads the repeated fall hour as its first pass", () => {
    const skipped = wallTimeToInstant("2026-03-08T02:30", LA);
    expect(skipped).toMatchObject({ ok: false, error: expect.stringContaining("does not exist") });
    expect(wallTimeToInstant("2026-11-01T01:30", LA)).toEqual({ ok: true, at: new Date("2026-11-01T08:30:00Z") });
    expect(wallTimeToInstant("2026-03-08T02:00", NY)).toMatchObject({ ok: false, error: expect.stringContaining("jump forward") });
    expect(wallTimeToInstant("2026-11-01T01:30", NY)).toEqual({ ok: true, at: new Date("2026-11-01T05:30:00Z") });
    expect(wallTimeToInstant("2026-10-25T01:30", "Europe/London")).toEqual({ ok: true, at: new Date("2026-10-25T00:30:00Z") });
  });

  it("reads the same instant whatever zone the server runs in", () => {
    const systemZone = process.env.TZ;
    try {
      for (const zone of ["UTC", "Europe/London", "America/New_York", "Asia/Tokyo"]) {
        process.env.TZ = zone;
        expect(wallTimeToInstant("2026-11-01T01:30", LA)).toEqual({ ok: true, at: new Date("2026-11-01T08:30:00Z") });
        expect(startOfDayInZone("2026-03-08", LA)).toEqual(new Date("2026-03-08T08:00:00Z"));
      }
    } finally {
      if (systemZone === undefined) delete process.env.TZ;
      else process.env.TZ = systemZone;
    }
  });

  it("refuses a day that is not on the calendar, a malformed value and an unknown zone, saying which", () => {
    expect(wallTimeToInstant("2026-02-30T10:00", LA)).toMatchObject({ ok: false, error: expect.stringContaining("not a date on the calendar") });
    expect(wallTimeToInstant("next Tuesday", LA)).toMatchObject({ ok: false, error: expect.stringContaining("for example") });
    expect(wallTimeToInstant("2026-03-14T10:30", "Mars/Olympus")).toMatchObject({ ok: false, error: expect.stringContaining("time zone") });
    expect(wallTimeToInstant("2026-03-14T10:60", LA)).toMatchObject({ ok: false, error: expect.stringContaining("not a time on the clock") });
    expect(startOfDayInZone("2026-03-14", "Mars/Olympus").getTime()).toBeNaN();
  });

  it("shows an instant back as the wall clock of the zone, so a field round-trips", () => {
    const at = new Date("2026-07-04T16:05:00Z");
    expect(instantToWallTime(at, LA)).toBe("2026-07-04T09:05");
    expect(instantToWallTime(at, NY)).toBe("2026-07-04T12:05");
    const back = wallTimeToInstant(instantToWallTime(at, NY), NY);
    expect(back).toEqual({ ok: true, at });
  });
});

describe("calendar days in a zone", () => {
  it("knows which day an instant falls on where the client lives", () => {
    const lateEvening = new Date("2026-03-15T05:30:00Z");
    expect(dayInZone(lateEvening, LA)).toBe("2026-03-14");
    expect(dayInZone(lateEvening, NY)).toBe("2026-03-15");
  });

  it("finds where a day starts, counts days across months and checks real days", () => {
    expect(startOfDayInZone("2026-03-14", LA)).toEqual(new Date("2026-03-14T07:00:00Z"));
    expect(startOfDayInZone("2026-01-14", LA)).toEqual(new Date("2026-01-14T08:00:00Z"));
    expect(startOfDayInZone("2026-09-06", "America/Santiago")).toEqual(new Date("2026-09-06T04:00:00Z"));
    expect(addDays("2026-02-27", 3)).toBe("2026-03-02");
    expect(addDays("2026-01-01", -1)).toBe("2025-12-31");
    expect(isCalendarDay("2026-02-28")).toBe(true);
    expect(isCalendarDay("2026-02-29")).toBe(false);
    expect(isCalendarDay("14/03/2026")).toBe(false);
  });

  it("knows real time zone names from made-up ones", () => {
    expect(isTimeZone(LA)).toBe(true);
    expect(isTimeZone("UTC")).toBe(true);
    expect(isTimeZone("Pacific")).toBe(false);
    expect(isTimeZone("Europe/Atlantis")).toBe(false);
  });
});
