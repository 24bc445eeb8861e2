import { expect, it } from "vitest";
import { dailySeries } from "./daily-series";

it("gives every day of the period a point, zeros on quiet days, and drops days outside it", () => {
  const series = dailySeries(["2026-11-29", "2026-11-30", "2026-12-01"], [
    { day: "2026-11-30", reviewed: 4, blocked: 1, warned: 2, findings: 5 },
    { day: "2026-11-01", reviewed: 9, blocked: 0, warned: 0, findings: 0 },
  ]);
  expect(series).toEqual([
    { day: "2026-11-29", reviewed: 0, blocked: 0, warned: 0, findings: 0 },
    { day: "2026-11-30", reviewed: 4, blocked: 1, warned: 2, findings: 5 },
    { day: "2026-12-01", reviewed: 0, blocked: 0, warned: 0, findings: 0 },
  ]);
});
