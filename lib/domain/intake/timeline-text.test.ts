import { describe, expect, it } from "vitest";
import { parseTimelineDays, readTimeline } from "./timeline-text";

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

  it("reads a picklist span said in words", () => {
    expect(parseTimelineDays("Sixty days")).toBe(60);
    expect(parseTimelineDays("within eighteen months")).toBe(540);
  });

  it("never answers more than ten years", () => {
    expect(parseTimelineDays("40 years")).toBe(3650);
  });
});

describe("timelines inside a client's sentence", () => {
  // Thursday Jan 15 2026, 10:00 in Los Angeles.
  const clock = { now: new Date("2026-01-15T18:00:00Z"), timeZone: "America/Los_Angeles" };
  const read = (text: string, language: "en" | "es" = "en") => readTimeline(text, { ...clock, language });

  it.each([
    ["We'd like to be out by March", "2026-03-01", 45],
    ["probably in 60 days", "2026-03-16", 60],
    ["this spring", "2026-03-20", 64],
    ["not until next summer", "2026-06-21", 157],
    ["after the school year ends", "2026-06-10", 146],
    ["by the end of the year", "2026-12-31", 350],
    ["ASAP honestly", "2026-01-15", 0],
    ["3-6 months", "2026-05-30", 135],
  ])("reads %j as %s (%d days)", (text, date, days) => {
    expect(read(text)).toMatchObject({ date, days });
  });

  it.each([
    ["en marzo", "2026-03-01"],
    ["para la primavera", "2026-03-20"],
    ["en unos 60 días", "2026-03-16"],
    ["el próximo mes", "2026-02-14"],
  ])("reads the Spanish %j as %s", (text, date) => {
    expect(read(text, "es")).toMatchObject({ date });
  });

  it.each([
    ["honestly like seventy five days", 75],
    ["no hurry, maybe two years", 730],
    ["ojalá en unos tres meses", 90],
    ["within a year or so", 365],
  ])("reads the spoken span %j as %d days", (text, days) => {
    expect(read(text, /ojal/.test(text) ? "es" : "en")).toMatchObject({ days });
  });

  it("reads no span the client has already lived", () => {
    expect(read("we've been in this house twenty years")).toBeNull();
  });

  it("reads a season still to come this year, and next year's once it has started", () => {
    expect(readTimeline("this fall", { now: new Date("2026-10-01T18:00:00Z"), timeZone: "America/Los_Angeles" })).toMatchObject({ date: "2027-09-22" });
    expect(readTimeline("this fall", clock)).toMatchObject({ date: "2026-09-22", excerpt: "this fall" });
  });

  it("counts days in the client's zone, not the server's", () => {
    // 23:30 on Jan 15 in Los Angeles is already Jan 16 in UTC.
    expect(readTimeline("in 10 days", { now: new Date("2026-01-16T07:30:00Z"), timeZone: "America/Los_Angeles" })).toMatchObject({ date: "2026-01-25", days: 10 });
  });

  it.each(["call me Tuesday at 5", "Can we talk tomorrow at 3?", "next Friday works to meet", "the deal could fall through", "I was there in 2019", "thanks!", "no idea"])("finds no timeline in %j", (text) => {
    expect(read(text)).toBeNull();
  });
});
