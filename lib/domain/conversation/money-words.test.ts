import { describe, expect, it } from "vitest";
import { findAmounts, findMoneyRange, findPrice } from "./money-words";

const amounts = (text: string, bare = false) => findAmounts(text, bare).map((a) => a.amount);

describe("money inside a sentence", () => {
  it.each([
    ["around $1.1M", 1_100_000],
    ["850k", 850_000],
    ["We're hoping for $925,000", 925_000],
    ["1.2 million", 1_200_000],
    ["unos 900 mil", 900_000],
    ["Un millón doscientos mil", 1_200_000],
    ["medio millón", 500_000],
    ["ochocientos mil", 800_000],
    ["1.5 millones", 1_500_000],
  ])("reads %j as %d", (text, amount) => {
    expect(amounts(text)).toEqual([amount]);
  });

  it("reads a bare number as a home price only when the question was about money", () => {
    expect(amounts("850")).toEqual([]);
    expect(amounts("850", true)).toEqual([850_000]);
    expect(amounts("1.2", true)).toEqual([1_200_000]);
    expect(amounts("call me after 5", true)).toEqual([]);
  });

  it("leaves out numbers that are days, bedrooms, ZIP codes or house numbers", () => {
    expect(amounts("60 days, 4 bedrooms, 91737", true)).toEqual([]);
  });

  it.each([
    ["under 750k", { min: null, max: 750_000 }],
    ["$700-800K", { min: 700_000, max: 800_000 }],
    ["up to 1.2M", { min: null, max: 1_200_000 }],
    ["Somewhere between 600 and 650k", { min: 600_000, max: 650_000 }],
    ["550 to 600 thousand", { min: 550_000, max: 600_000 }],
    ["entre 600 y 700 mil", { min: 600_000, max: 700_000 }],
    ["máximo 750 mil", { min: null, max: 750_000 }],
    ["800k or more", { min: 800_000, max: null }],
    ["in the 900k range", { min: null, max: 900_000 }],
  ])("reads the budget %j", (text, range) => {
    expect(findMoneyRange(text, false)).toMatchObject(range);
  });

  it("reads a price and whether it is a floor", () => {
    expect(findPrice("I'd want at least 900", true)).toMatchObject({ amount: 900_000, atLeast: true });
    expect(findPrice("850k", false)).toMatchObject({ amount: 850_000, atLeast: false });
    expect(findPrice("no idea", true)).toBeNull();
  });

  it.each([
    ["seven twenty", 720_000],
    ["like nine forty", 940_000],
    ["one point three", 1_300_000],
    ["about eleven hundred", 1_100_000],
    ["setecientos cincuenta", 750_000],
  ])("reads the spoken price %j as %d when the question was about money", (text, amount) => {
    expect(amounts(text, true)).toEqual([amount]);
    expect(amounts(text, false)).toEqual([]);
  });

  it.each([
    ["six hundred grand", 600_000],
    ["two mil", 2_000_000],
    ["a mill and change", 1_000_000],
    ["1.4 mil", 1_400_000],
    ["novecientos veinte mil", 920_000],
    ["un millón cien", 1_100_000],
  ])("reads %j as %d with or without the question", (text, amount) => {
    expect(amounts(text)).toEqual([amount]);
  });

  it("reads a bare number from 100 to 3000 as thousands, but not bedrooms, days or a clock time", () => {
    expect(amounts("2500", true)).toEqual([2_500_000]);
    expect(amounts("4500", true)).toEqual([]);
    expect(amounts("four hundred percent sure", true)).toEqual([]);
    expect(amounts("call me at five thirty tonight", true)).toEqual([]);
    expect(amounts("text me after 630", true)).toEqual([]);
    expect(amounts("we bought in 2011", true)).toEqual([]);
    expect(amounts("ninety days, three bedrooms", true)).toEqual([]);
  });

  it.each([
    ["somewhere between 550 and 625", { min: 550_000, max: 625_000 }],
    ["900-1100", { min: 900_000, max: 1_100_000 }],
    ["six fifty to seven hundred", { min: 650_000, max: 700_000 }],
    ["eight twenty tops", { min: null, max: 820_000 }],
    ["1.3 max", { min: null, max: 1_300_000 }],
  ])("reads the bare budget %j as thousands when asked", (text, range) => {
    expect(findMoneyRange(text, true)).toMatchObject(range);
  });

  it("does not read two bare numbers nobody asked about as a budget", () => {
    expect(findMoneyRange("we have 2 kids and 3 dogs", false)).toBeNull();
    expect(findMoneyRange("between 550 and 625", false)).toBeNull();
  });
});
