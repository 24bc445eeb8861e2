import { describe, expect, it } from "vitest";
import { matches, parseLabelled, scoreExtraction } from "./extraction-score";

describe("scoring extraction against labels", () => {
  it("matches days loosely, money exactly and text by containment", () => {
    expect(matches({ days: 60 }, { days: 62, date: "2026-03-18" })).toBe(true);
    expect(matches({ days: 60 }, { days: 70 })).toBe(false);
    expect(matches({ amount: 850_000 }, { amount: 850_001 })).toBe(false);
    expect(matches({ text: "123 banyan st" }, { text: "123 Banyan St, Alta Loma" })).toBe(true);
    expect(matches({}, { unknown: true })).toBe(true);
  });

  it("counts right, wrong and extra answers", () => {
    const rows = parseLabelled('{"text":"a","pipeline":"seller","lastQuestion":null,"expected":[{"field":"price","value":{"amount":1}}]}\n{"text":"b","pipeline":"seller","lastQuestion":null,"expected":[]}\n');
    const score = scoreExtraction(rows, (row) => [{ field: "price", value: { amount: row.text === "a" ? 1 : 2 }, excerpt: row.text, quality: 90 }]);
    expect(score).toMatchObject({ truePositives: 1, predicted: 2, expected: 1, precision: 0.5, recall: 1 });
    expect(score.misses).toEqual(['b -> extra price {"amount":2}']);
  });

  it("refuses a line that is not a labelled reply", () => {
    expect(() => parseLabelled('{"text":"a","pipeline":"seller","expected":[{"field":"zip","value":{}}]}')).toThrow(/Line 1/);
  });
});
