import { describe, expect, it } from "vitest";
import { forecastIntake, seasonalIndex, weekStart } from "./intake-forecast";

const DAY = 86_400_000;
const week = (start: string, n: number) => new Date(Date.parse(`${start}T00:00:00Z`) + n * 7 * DAY).toISOString().slice(0, 10);

/** Two years of weekly intake: `base` a week, doubled in the weeks of `peakFrom`..`peakTo` each year. */
function history(first: string, weeks: number, base: number, peak?: { from: number; to: number }) {
  return Array.from({ length: weeks }, (_, i) => ({ week: week(first, i), count: peak && i % 52 >= peak.from && i % 52 <= peak.to ? base * 2 : base }));
}

describe("forecasting intake", () => {
  it("finds the Monday of a week", () => {
    expect(weekStart(new Date("2026-11-25T18:00:00Z"))).toBe("2026-11-23");
    expect(weekStart(new Date("2026-11-23T00:00:00Z"))).toBe("2026-11-23");
    expect(weekStart(new Date("2026-11-29T23:00:00Z"))).toBe("2026-11-23");
  });

  it("carries a flat history forward", () => {
    const h = history("2026-01-05", 20, 10);
    const f = forecastIntake(h, week("2026-01-05", 20), 100, 0);
    expect(f.map((w) => w.expected)).toEqual([10, 10, 10, 10]);
    expect(f.every((w) => w.seasonal === 1)).toBe(true);
  });

  it("raises the weeks that were busy a year earlier", () => {
    const h = history("2024-01-01", 104, 10, { from: 60 % 52, to: 70 % 52 });
    const next = week("2024-01-01", 104 + 10);
    const idx = seasonalIndex(new Map(h.map((x) => [x.week, x.count])), "2024-01-01", next);
    expect(idx).toBeGreaterThan(1.5);
  });

  it("does not read a season into a year of one or two clients a week", () => {
    const sparse = Array.from({ length: 80 }, (_, i) => ({ week: week("2025-01-06", i), count: i === 52 ? 3 : i % 9 === 0 ? 1 : 0 }));
    const byWeek = new Map(sparse.map((x) => [x.week, x.count]));
    for (const i of [52, 60, 70]) {
      const idx = seasonalIndex(byWeek, "2025-01-06", week("2025-01-06", i + 52));
      expect(idx).toBeGreaterThan(0.8);
      expect(idx).toBeLessThan(1.5);
    }
  });

  it("forecasts only the rest of a week already under way", () => {
    const f = forecastIntake(history("2026-01-05", 12, 10), week("2026-01-05", 12), 30, 4, 2, 0.5);
    expect(f.map((w) => [w.expected, w.freeAfter])).toEqual([[5, 27], [10, 21]]);
  });

  it("ignores seasonality without a year of history", () => {
    expect(seasonalIndex(new Map([["2026-01-05", 5]]), "2026-01-05", "2026-06-01")).toBe(1);
  });

  it("flags the weeks when intake outruns the free places and releases", () => {
    const h = history("2026-01-05", 12, 10);
    const f = forecastIntake(h, week("2026-01-05", 12), 25, 2);
    expect(f.map((w) => w.freeAfter)).toEqual([17, 9, 1, -7]);
    expect(f.map((w) => w.short)).toEqual([false, false, false, true]);
  });

  it("counts whole places, and never calls a week short when nobody is expected", () => {
    const trickle = [{ week: "2026-10-05", count: 1 }];
    const f = forecastIntake(trickle, "2026-11-30", 0.6, 0.3);
    expect(f.map((w) => w.expected)).toEqual([0, 0, 0, 0]);
    expect(f.every((w) => !w.short && w.shortBy === 0 && Number.isInteger(w.freeAfter))).toBe(true);
    const busy = forecastIntake(history("2026-01-05", 12, 2.4), week("2026-01-05", 12), 3.7, 1.5);
    expect(busy.map((w) => w.expected)).toEqual([2, 2, 2, 2]);
    expect(busy.map((w) => w.freeAfter)).toEqual([2, 2, 1, 1]);
    const short = forecastIntake(history("2026-01-05", 12, 3), week("2026-01-05", 12), 2, 0.5);
    expect(short.map((w) => [w.freeAfter, w.shortBy, w.short])).toEqual([[-1, 1, true], [-3, 3, true], [-6, 6, true], [-8, 8, true]]);
  });

  it("forecasts nothing for a market with no history", () => {
    expect(forecastIntake([], "2026-11-30", 5, 0).every((w) => w.expected === 0 && !w.short)).toBe(true);
  });
});
