import { describe, expect, it } from "vitest";
import { MAX_PERIOD_DAYS, parseQualityPeriod, periodLabel } from "./period";

const LA = "America/Los_Angeles";
/** 2026-12-01 at 9:00 in Los Angeles (PST, UTC-8). */
const now = new Date("2026-12-01T17:00:00Z");

describe("parseQualityPeriod", () => {
  it("opens on the last 30 local days ending today, bounded by local midnights", () => {
    const r = parseQualityPeriod({}, now, LA);
    if (!r.ok) throw new Error(r.error);
    expect([r.period.key, r.period.fromDay, r.period.toDay, r.period.days.length]).toEqual(["30", "2026-11-02", "2026-12-01", 30]);
    expect(r.period.from.toISOString()).toBe("2026-11-02T08:00:00.000Z");
    expect(r.period.to.toISOString()).toBe("2026-12-02T08:00:00.000Z");
  });

  it("takes 7 and 90 days, and counts today in the local zone, not UTC", () => {
    const late = new Date("2026-12-02T05:00:00Z");
    const week = parseQualityPeriod({ days: "7" }, late, LA);
    expect(week.ok && [week.period.fromDay, week.period.toDay]).toEqual(["2026-11-25", "2026-12-01"]);
    const quarter = parseQualityPeriod({ days: "90" }, now, LA);
    expect(quarter.ok && quarter.period.days.length).toBe(90);
  });

  it("reads a from/to range across the clock change, each day from its own local midnight", () => {
    const r = parseQualityPeriod({ from: "2026-10-31", to: "2026-11-02" }, now, LA);
    if (!r.ok) throw new Error(r.error);
    expect(r.period.days).toEqual(["2026-10-31", "2026-11-01", "2026-11-02"]);
    expect([r.period.from.toISOString(), r.period.to.toISOString()]).toEqual(["2026-10-31T07:00:00.000Z", "2026-11-03T08:00:00.000Z"]);
    expect(periodLabel(r.period, (d) => d.slice(5))).toBe("10-31 to 11-02");
  });

  it.each([
    [{ days: "14" }, /choose 7, 30 or 90 days/],
    [{ days: "" }, /not a period the report offers/],
    [{ from: "2026-11-01" }, /needs both dates/],
    [{ from: "2026-02-30", to: "2026-03-01" }, /from date "2026-02-30" is not a calendar date; write it as YYYY-MM-DD/],
    [{ from: "2026-11-01", to: "yesterday" }, /to date "yesterday"/],
    [{ from: "2026-11-05", to: "2026-11-01" }, /starts \(2026-11-05\) after it ends \(2026-11-01\)/],
    [{ from: "2026-11-05", to: "2026-12-02" }, /after today \(2026-12-01\)/],
    [{ from: "2025-01-01", to: "2026-11-01" }, new RegExp(`at most ${MAX_PERIOD_DAYS} days`)],
  ])("refuses %o with the fix in words", (input, message) => {
    const r = parseQualityPeriod(input, now, LA);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(message);
  });

  it("calls a preset by its length", () => {
    const r = parseQualityPeriod({ days: "7" }, now, LA);
    expect(r.ok && periodLabel(r.period, (d) => d)).toBe("Last 7 days");
  });
});
