import { describe, expect, it } from "vitest";
import { addDays, assertTimeZone, daysBetween, localDay, offsetMinutes, parseClock, wallTime, zonedTimeToUtc } from "./zoned-time";

const LA = "America/Los_Angeles";
const at = (hour: number, minute = 0) => ({ hour, minute, second: 0 });

describe("zoned time", () => {
  it("reads the local wall clock and offset on either side of a DST change", () => {
    expect(wallTime(new Date("2026-03-08T09:59:59Z"), LA)).toEqual({ year: 2026, month: 3, day: 8, hour: 1, minute: 59, second: 59 });
    expect(wallTime(new Date("2026-03-08T10:00:00Z"), LA)).toEqual({ year: 2026, month: 3, day: 8, hour: 3, minute: 0, second: 0 });
    expect(offsetMinutes(Date.parse("2026-01-15T12:00:00Z"), LA)).toBe(-480);
    expect(offsetMinutes(Date.parse("2026-07-15T12:00:00Z"), LA)).toBe(-420);
    expect(offsetMinutes(Date.parse("2026-07-15T12:00:00Z"), "Asia/Kathmandu")).toBe(345);
  });

  it("turns local wall time into the right instant in winter and summer", () => {
    expect(zonedTimeToUtc({ year: 2026, month: 1, day: 15, ...at(9) }, LA).toISOString()).toBe("2026-01-15T17:00:00.000Z");
    expect(zonedTimeToUtc({ year: 2026, month: 7, day: 15, ...at(9) }, LA).toISOString()).toBe("2026-07-15T16:00:00.000Z");
    expect(zonedTimeToUtc({ year: 2026, month: 7, day: 15, ...at(9) }, "America/New_York").toISOString()).toBe("2026-07-15T13:00:00.000Z");
    expect(zonedTimeToUtc({ year: 2026, month: 7, day: 15, ...at(9) }, "Asia/Kolkata").toISOString()).toBe("2026-07-15T03:30:00.000Z");
  });

  it("moves a time skipped by spring-forward ahead by the gap, and takes the earlier of a repeated time", () => {
    expect(zonedTimeToUtc({ year: 2026, month: 3, day: 8, ...at(2, 30) }, LA).toISOString()).toBe("2026-03-08T10:30:00.000Z");
    expect(zonedTimeToUtc({ year: 2026, month: 11, day: 1, ...at(1, 30) }, LA).toISOString()).toBe("2026-11-01T08:30:00.000Z");
  });

  it("counts calendar days across month, leap-day and year ends", () => {
    expect(localDay(new Date("2026-04-02T06:30:00Z"), LA)).toBe("2026-04-01");
    expect(addDays("2028-02-27", 2)).toBe("2028-02-29");
    expect(addDays("2026-12-30", 3)).toBe("2027-01-02");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(daysBetween("2026-03-01", "2026-03-04")).toBe(3);
    expect(daysBetween("2026-03-04", "2026-03-01")).toBe(-3);
    expect(daysBetween("2026-03-07", "2026-03-09")).toBe(2);
  });

  it("rejects unknown zones, bad clock times and bad dates with a RangeError", () => {
    expect(() => assertTimeZone("Mars/Olympus_Mons")).toThrow(/Unknown time zone "Mars\/Olympus_Mons"/);
    expect(() => assertTimeZone(LA)).not.toThrow();
    expect(parseClock("09:00")).toBe(540);
    expect(parseClock("23:59")).toBe(1439);
    for (const bad of ["9:00", "24:00", "12:60", "noon"]) expect(() => parseClock(bad)).toThrow(RangeError);
    expect(() => addDays("03/01/2026", 1)).toThrow(RangeError);
  });
});
