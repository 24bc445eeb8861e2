import { describe, expect, it } from "vitest";
import { parseTimelineDays } from "./timeline-text";

describe("timelines as CRM picklists write them", () => {
  it.each([
    ["30 days", 30],
    ["Within 30 days", 30],
    ["3 months", 90],
    ["ASAP", 0],
    ["Immediately", 0],
    ["30-60 days", 45],
    ["3-6 months", 135],
    ["1 to 3 months", 60],
    ["6+ months", 180],
    ["Over a year", 365],
    ["2 weeks", 14],
    ["next month", 30],
    ["90", 90],
    [45, 45],
  ])("reads %j as %d days", (text, days) => {
    expect(parseTimelineDays(text)).toBe(days);
  });

  it.each(["", "Not sure", "Just browsing", "this spring", "soonish", "30 apples", null, undefined, -5, Number.NaN])("finds no timeline in %j", (text) => {
    expect(parseTimelineDays(text)).toBeNull();
  });

  it("never answers more than ten years", () => {
    expect(parseTimelineDays("40 years")).toBe(3650);
  });
});
