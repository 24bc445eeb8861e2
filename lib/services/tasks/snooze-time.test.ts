import { describe, expect, it } from "vitest";
import { snoozeUntil } from "./snooze-time";

const LA = "America/Los_Angeles";
const NY = "America/New_York";

describe("snoozeUntil", () => {
  // Tuesday, December 1, 2026, 3:29am in Los Angeles (11:29 UTC).
  const tuesday = new Date("2026-12-01T11:29:00Z");

  it("puts a task off one hour from now", () => {
    expect(snoozeUntil("hour", tuesday, LA)?.toISOString()).toBe("2026-12-01T12:29:00.000Z");
  });

  it("brings it back at 9am tomorrow in the client's time zone", () => {
    expect(snoozeUntil("tomorrow", tuesday, LA)?.toISOString()).toBe("2026-12-02T17:00:00.000Z");
    expect(snoozeUntil("tomorrow", tuesday, NY)?.toISOString()).toBe("2026-12-02T14:00:00.000Z");
  });

  it("reads tomorrow from the client's calendar day, not the server's", () => {
    // 11pm on Monday in Los Angeles is already Tuesday in UTC.
    const lateMonday = new Date("2026-12-01T07:00:00Z");
    expect(snoozeUntil("tomorrow", lateMonday, LA)?.toISOString()).toBe("2026-12-01T17:00:00.000Z");
  });

  it("takes next week to mean 9am on the coming Monday, a full week on from a Monday", () => {
    expect(snoozeUntil("next_week", tuesday, LA)?.toISOString()).toBe("2026-12-07T17:00:00.000Z");
    const sunday = new Date("2026-12-06T20:00:00Z");
    expect(snoozeUntil("next_week", sunday, LA)?.toISOString()).toBe("2026-12-07T17:00:00.000Z");
    const monday = new Date("2026-12-07T20:00:00Z");
    expect(snoozeUntil("next_week", monday, LA)?.toISOString()).toBe("2026-12-14T17:00:00.000Z");
  });

  it("keeps 9am local across a daylight saving change", () => {
    // Clocks spring forward on Sunday, March 8, 2026: 9am is 17:00 UTC before and 16:00 after.
    const friday = new Date("2026-03-06T20:00:00Z");
    expect(snoozeUntil("next_week", friday, LA)?.toISOString()).toBe("2026-03-09T16:00:00.000Z");
    expect(snoozeUntil("tomorrow", friday, LA)?.toISOString()).toBe("2026-03-07T17:00:00.000Z");
  });

  it("brings a task back at 9am on a chosen day, and needs the day", () => {
    expect(snoozeUntil("date", tuesday, LA, "2026-12-24")?.toISOString()).toBe("2026-12-24T17:00:00.000Z");
    expect(snoozeUntil("date", tuesday, LA)).toBeNull();
    expect(() => snoozeUntil("date", tuesday, LA, "24/12/2026")).toThrow(RangeError);
    expect(() => snoozeUntil("date", tuesday, LA, "2027-02-30")).toThrow(/not a calendar date/);
  });

  it("refuses a zone it does not know", () => {
    expect(() => snoozeUntil("tomorrow", tuesday, "Mars/Olympus")).toThrow(/Unknown time zone/);
  });
});
