import { describe, expect, it } from "vitest";
import { median, roleInWords, roundTo } from "./price-words";

describe("price words", () => {
  it("takes the median of odd and even counts, and null for none", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([910_000, 845_000])).toBe(877_500);
    expect(median([])).toBeNull();
  });

  it("rounds to a step", () => {
    expect(roundTo(877_500, 1_000)).toBe(878_000);
    expect(roundTo(877_499, 1_000)).toBe(877_000);
  });

  it("puts roles in words, capitalized at the start of a sentence", () => {
    expect(roleInWords("listing_specialist", true)).toBe("Listing specialist");
    expect(roleInWords("market_analyst", false)).toBe("market analyst");
    expect(roleInWords("follow_up", true)).toBe("Follow-up specialist");
    expect(roleInWords("Outside_Appraiser", false)).toBe("outside appraiser");
  });
});
