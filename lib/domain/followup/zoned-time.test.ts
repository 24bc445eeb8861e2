import { afterEach, describe, expect, it } from "vitest";
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
    expect(() => wallTime(new Date("2026-03-01T00:00:00Z"), "Foo+05")).toThrow(/Unknown time zone "Foo\+05"/);
    expect(() => zonedTimeToUtc({ year: 2026, month: 3, day: 1, ...at(9) }, "")).toThrow(RangeError);
    expect(() => localDay(new Date(Number.NaN), LA)).toThrow(RangeError);
  });
});

describe("zoned time at the edges of daylight time", () => {
  const systemZone = process.env.TZ;
  afterEach(() => {
    if (systemZone === undefined) delete process.env.TZ;
    else process.env.TZ = systemZone;
  });

  it("takes the first pass of a repeated fall-back time in every zone, not the library's pick", () => {
    expect(zonedTimeToUtc({ year: 2026, month: 11, day: 1, ...at(1, 30) }, "America/New_York").toISOString()).toBe("2026-11-01T05:30:00.000Z");
    expect(zonedTimeToUtc({ year: 2026, month: 10, day: 25, ...at(1, 30) }, "Europe/London").toISOString()).toBe("2026-10-25T00:30:00.000Z");
    expect(zonedTimeToUtc({ year: 2026, month: 4, day: 5, ...at(1, 45) }, "Australia/Lord_Howe").toISOString()).toBe("2026-04-04T14:45:00.000Z");
    expect(zonedTimeToUtc({ year: 2026, month: 11, day: 1, ...at(2, 0) }, LA).toISOString()).toBe("2026-11-01T10:00:00.000Z");
  });

  it("moves a skipped spring-forward time ahead by the gap, half-hour gaps included", () => {
    expect(zonedTimeToUtc({ year: 2026, month: 3, day: 8, ...at(2, 0) }, LA).toISOString()).toBe("2026-03-08T10:00:00.000Z");
    expect(zonedTimeToUtc({ year: 2026, month: 3, day: 29, ...at(1, 15) }, "Europe/London").toISOString()).toBe("2026-03-29T01:15:00.000Z");
    expect(zonedTimeToUtc({ year: 2026, month: 10, day: 4, ...at(2, 15) }, "Australia/Lord_Howe").toISOString()).toBe("2026-10-03T15:45:00.000Z");
    expect(wallTime(zonedTimeToUtc({ year: 2026, month: 3, day: 8, ...at(2, 30) }, LA), LA)).toEqual({ year: 2026, month: 3, day: 8, hour: 3, minute: 30, second: 0 });
  });

  it("gives the same instants and days whatever zone the server itself runs in", () => {
    const readings = () => [
      zonedTimeToUtc({ year: 2026, month: 11, day: 1, ...at(1, 30) }, LA).toISOString(),
      zonedTimeToUtc({ year: 2026, month: 3, day: 8, ...at(2, 30) }, LA).toISOString(),
      localDay(new Date("2026-03-08T07:59:00Z"), LA),
      addDays("2026-03-07", 1),
      addDays("2026-11-01", -1),
      daysBetween("2026-03-07", "2026-11-02"),
    ];
    process.env.TZ = "UTC";
    const inUtc = readings();
    expect(inUtc).toEqual(["2026-11-01T08:30:00.000Z", "2026-03-08T10:30:00.000Z", "2026-03-07", "2026-03-08", "2026-10-31", 240]);
    for (const zone of ["America/Los_Angeles", "Europe/London", "Pacific/Kiritimati", "America/Sao_Paulo"]) {
      process.env.TZ = zone;
      expect(readings()).toEqual(inUtc);
    }
  });
});
