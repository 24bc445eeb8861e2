import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseMoneyRange, parseMoneyText } from "./money-text";

describe("money as people write it", () => {
  it.each([
    ["850000", 850_000],
    ["850,000", 850_000],
    ["$850k", 850_000],
    ["850K", 850_000],
    ["1.2M", 1_200_000],
    ["$1.2m", 1_200_000],
    [" $ 850 k ", 850_000],
    ["$850,000.00", 850_000],
    ["1.25 million", 1_250_000],
    ["2mm", 2_000_000],
    ["725 thousand", 725_000],
    ["$1,050,000", 1_050_000],
    ["999.99", 1_000],
  ])("reads %j as %d dollars", (text, dollars) => {
    expect(parseMoneyText(text)).toBe(dollars);
  });

  it.each(["", "abc", "$", "-850000", "8,50,000", "850.000", "1,2M", "850kk", "12 apples", "700-800K", "1e6"])("refuses %j", (text) => {
    expect(parseMoneyText(text)).toBeNull();
  });

  it("reads any grouped or plain whole amount back as the number it was", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000_000 }), (n) => {
        expect(parseMoneyText(String(n))).toBe(n);
        expect(parseMoneyText(`$${n.toLocaleString("en-US")}`)).toBe(n);
      }),
      { seed: 20260101, numRuns: 200 },
    );
  });
});

describe("budgets as people write them", () => {
  it.each([
    ["$700-800K", { min: 700_000, max: 800_000 }],
    ["700k - 800k", { min: 700_000, max: 800_000 }],
    ["700,000 to 800,000", { min: 700_000, max: 800_000 }],
    ["between 900K and 1.2M", { min: 900_000, max: 1_200_000 }],
    ["1-1.2M", { min: 1_000_000, max: 1_200_000 }],
    ["$700k–$800k", { min: 700_000, max: 800_000 }],
    ["800k", { min: null, max: 800_000 }],
    ["up to $800K", { min: null, max: 800_000 }],
    ["under 650k", { min: null, max: 650_000 }],
    ["700k+", { min: 700_000, max: null }],
    ["at least 700k", { min: 700_000, max: null }],
    ["800k-700k", { min: 800_000, max: 700_000 }],
  ])("reads %j", (text, range) => {
    expect(parseMoneyRange(text)).toEqual(range);
  });

  it.each(["", "cheap", "900-1.2M", "700-", "-800k", "up to", "700k-800k-900k", "lots+"])("refuses %j", (text) => {
    expect(parseMoneyRange(text)).toBeNull();
  });
});
