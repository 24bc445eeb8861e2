import { describe, expect, it } from "vitest";
import { findSpokenNumbers, spokenNumber } from "./number-words";

const values = (text: string) => findSpokenNumbers(text).map((n) => [n.value, n.scaled]);

describe("numbers said in words", () => {
  it.each([
    ["seventy", 70],
    ["thirty-five", 35],
    ["one hundred and twenty", 120],
    ["sesenta y dos", 62],
    ["ciento veinte", 120],
    ["quinientos treinta", 530],
    ["fourteen hundred", 1400],
  ])("reads %j as %d", (text, value) => {
    expect(spokenNumber(text)).toBe(value);
  });

  it("reads hundreds said as a pair, the way a price is spoken", () => {
    expect(values("maybe nine twenty five")).toEqual([[925, false]]);
    expect(values("six forty")).toEqual([[640, false]]);
    expect(values("seven oh nine")).toEqual([[709, false]]);
    expect(values("twelve seventy")).toEqual([[1270, false]]);
  });

  it("reads a decimal said with point or punto", () => {
    expect(values("two point three five")).toEqual([[2.35, false]]);
    expect(values("uno punto cuatro millones")).toEqual([[1_400_000, true]]);
  });

  it("reads thousands and millions in English slang and in Spanish", () => {
    expect(values("six hundred grand")).toEqual([[600_000, true]]);
    expect(values("seven twenty k")).toEqual([[720_000, true]]);
    expect(values("two mil")).toEqual([[2_000_000, true]]);
    expect(values("setecientos veinte mil")).toEqual([[720_000, true]]);
    expect(values("quarter")).toEqual([]);
  });

  it("reads what follows a million as its thousands", () => {
    expect(values("un millón trescientos")).toEqual([[1_300_000, true]]);
    expect(values("one million four hundred thousand")).toEqual([[1_400_000, true]]);
    expect(values("a million three")).toEqual([[1_300_000, true]]);
    expect(values("dos millones y medio")).toEqual([[2_500_000, true]]);
    expect(values("half a million")).toEqual([[500_000, true]]);
  });

  it("keeps the two ends of a range apart, with their offsets", () => {
    const text = "between six hundred and seven hundred";
    expect(findSpokenNumbers(text).map((n) => text.slice(n.start, n.end))).toEqual(["six hundred", "seven hundred"]);
  });

  it("reads no number where there is none, and nothing but the number as one", () => {
    expect(values("a house with a big yard")).toEqual([]);
    expect(values("nine, twenty")).toEqual([[9, false], [20, false]]);
    expect(spokenNumber("ninety days")).toBeNull();
    expect(spokenNumber("soon")).toBeNull();
  });
});
