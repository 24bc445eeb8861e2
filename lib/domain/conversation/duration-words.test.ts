import { describe, expect, it } from "vitest";
import { findDuration } from "./duration-words";

const days = (text: string) => findDuration(text)?.days ?? null;

describe("spans of time in a client's words", () => {
  it.each([
    ["forty five days", 45],
    ["prob like 3 weeks", 21],
    ["we could move in say six months", 180],
    ["en como dos meses", 60],
    ["dentro de unas tres semanas", 21],
    ["eh, a month or so", 30],
    ["a couple of weeks", 14],
    ["medio año más o menos", 183],
    ["two years and a half", 913],
    ["three to four months", 105],
    ["6 months to a year", 273],
    ["not sure. could be eight months", 240],
  ])("reads %j as %d days", (text, expected) => {
    expect(days(text)).toBe(expected);
  });

  it("gives where the span's words stand", () => {
    const text = "honestly maybe nine months";
    const found = findDuration(text)!;
    expect(text.slice(found.start, found.end)).toBe("nine months");
  });

  it.each([
    "we've owned it 15 years",
    "lived here for twelve years",
    "a 10 year old roof",
    "bought it 3 years ago",
    "hace dos años que la compramos",
    "we have 2 kids",
  ])("finds no span still to come in %j", (text) => {
    expect(findDuration(text)).toBeNull();
  });

  it("skips a past span for a later one", () => {
    expect(days("we've lived here 8 years, want to be gone in two months")).toBe(60);
  });
});
