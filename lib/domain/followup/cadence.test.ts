import { describe, expect, it } from "vitest";
import { FOLLOW_UP_CADENCE } from "../settings/defaults";
import { followUpDay, followUpSchedule, isInsideWindow, nextFollowUpAt } from "./cadence";
import { daysBetween, localDay } from "./zoned-time";

const LA = "America/Los_Angeles";
const NY = "America/New_York";
const iso = (d: Date | null) => d?.toISOString() ?? null;
/** 10:15 PDT on Wednesday 1 April 2026. */
const firstContact = new Date("2026-04-01T17:15:00Z");

describe("follow-up cadence", () => {
  it("follows up on days 2, 5, 8 ... 29 at the local time of the first contact", () => {
    const schedule = followUpSchedule(firstContact, LA);
    expect(schedule.map((d) => daysBetween("2026-04-01", localDay(d, LA)))).toEqual([2, 5, 8, 11, 14, 17, 20, 23, 26, 29]);
    expect(schedule.every((d) => d.toISOString().endsWith("T17:15:00.000Z"))).toBe(true);
  });

  it("stops after 10 attempts", () => {
    expect(iso(nextFollowUpAt(firstContact, 9, LA))).toBe("2026-04-30T17:15:00.000Z");
    expect(nextFollowUpAt(firstContact, 10, LA)).toBeNull();
    expect(nextFollowUpAt(firstContact, 11, LA)).toBeNull();
    expect(followUpSchedule(firstContact, LA, { ...FOLLOW_UP_CADENCE, maxAttempts: 0 })).toEqual([]);
  });

  it("continues every 14 days after the last listed day when more attempts are allowed", () => {
    const cadence = { ...FOLLOW_UP_CADENCE, maxAttempts: 12 };
    expect([followUpDay(10, cadence), followUpDay(11, cadence), followUpDay(12, cadence)]).toEqual([29, 43, 57]);
    expect(iso(nextFollowUpAt(firstContact, 10, LA, cadence))).toBe("2026-05-14T17:15:00.000Z");
    expect(iso(nextFollowUpAt(firstContact, 11, LA, cadence))).toBe("2026-05-28T17:15:00.000Z");
    expect(nextFollowUpAt(firstContact, 12, LA, cadence)).toBeNull();
    expect(followUpDay(3, { ...cadence, days: [] })).toBe(42);
  });

  it("moves a lead that arrived at 23:30 local to 9am the day after the due day", () => {
    const lateNight = new Date("2026-04-02T06:30:00Z");
    expect(iso(nextFollowUpAt(lateNight, 0, LA))).toBe("2026-04-04T16:00:00.000Z");
    expect(iso(nextFollowUpAt(new Date("2026-04-02T01:00:00Z"), 0, LA))).toBe("2026-04-04T16:00:00.000Z");
    expect(iso(nextFollowUpAt(new Date("2026-04-02T00:59:00Z"), 0, LA))).toBe("2026-04-04T00:59:00.000Z");
  });

  it("moves a lead that arrived at 06:00 local to 9am on the due day", () => {
    expect(iso(nextFollowUpAt(new Date("2026-04-01T13:00:00Z"), 0, LA))).toBe("2026-04-03T16:00:00.000Z");
  });

  it("uses a New York client's own clock and calendar", () => {
    expect(iso(nextFollowUpAt(new Date("2026-04-01T21:30:00Z"), 0, NY))).toBe("2026-04-03T21:30:00.000Z");
    const evening = new Date("2026-04-02T00:00:00Z");
    expect(iso(nextFollowUpAt(evening, 0, NY))).toBe("2026-04-04T13:00:00.000Z");
    expect(iso(nextFollowUpAt(evening, 0, LA))).toBe("2026-04-04T00:00:00.000Z");
  });

  it("keeps the local time across the March and November DST changes", () => {
    const march = new Date("2026-03-05T18:00:00Z");
    expect(iso(nextFollowUpAt(march, 0, LA))).toBe("2026-03-07T18:00:00.000Z");
    expect(iso(nextFollowUpAt(march, 1, LA))).toBe("2026-03-10T17:00:00.000Z");
    const november = new Date("2026-10-28T17:00:00Z");
    expect(iso(nextFollowUpAt(november, 0, LA))).toBe("2026-10-30T17:00:00.000Z");
    expect(iso(nextFollowUpAt(november, 1, LA))).toBe("2026-11-02T18:00:00.000Z");
  });

  it("puts every attempt inside the window, later than the one before, for leads at any hour of the year", () => {
    for (let hour = 0; hour < 24 * 365; hour += 37) {
      const first = new Date(Date.UTC(2026, 0, 1) + hour * 3_600_000);
      for (const zone of [LA, NY]) {
        const schedule = followUpSchedule(first, zone);
        expect(schedule).toHaveLength(10);
        schedule.forEach((d, i) => {
          expect(isInsideWindow(d, zone)).toBe(true);
          expect(d.getTime()).toBeGreaterThan(i === 0 ? first.getTime() : schedule[i - 1]!.getTime());
        });
      }
    }
  });

  it("tells whether an instant is inside the 9am-6pm local window", () => {
    expect(isInsideWindow(new Date("2026-04-01T16:00:00Z"), LA)).toBe(true);
    expect(isInsideWindow(new Date("2026-04-01T15:59:59Z"), LA)).toBe(false);
    expect(isInsideWindow(new Date("2026-04-02T00:59:59Z"), LA)).toBe(true);
    expect(isInsideWindow(new Date("2026-04-02T01:00:00Z"), LA)).toBe(false);
    expect(isInsideWindow(new Date("2026-04-01T13:00:00Z"), NY)).toBe(true);
    expect(isInsideWindow(new Date("2026-04-01T13:00:00Z"), LA)).toBe(false);
  });

  it("throws a RangeError for an unknown time zone, a negative attempt count or a broken cadence", () => {
    expect(() => nextFollowUpAt(firstContact, 0, "Pacific/Nowhere")).toThrow(/Unknown time zone "Pacific\/Nowhere"/);
    expect(() => isInsideWindow(firstContact, "PST8PDT/Nowhere")).toThrow(RangeError);
    expect(() => followUpSchedule(firstContact, "Nowhere")).toThrow(RangeError);
    expect(() => nextFollowUpAt(firstContact, -1, LA)).toThrow(RangeError);
    expect(() => nextFollowUpAt(firstContact, 0, LA, { ...FOLLOW_UP_CADENCE, windowStart: "18:00", windowEnd: "09:00" })).toThrow(/open before it closes/);
    expect(() => nextFollowUpAt(firstContact, 0, LA, { ...FOLLOW_UP_CADENCE, days: [2, 2, 5] })).toThrow(/ascending/);
  });
});
