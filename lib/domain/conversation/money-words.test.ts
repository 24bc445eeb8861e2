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
});
