import { describe, expect, it } from "vitest";
import { percentile } from "./first-reply-report";

describe("percentile", () => {
  it("takes the nearest rank, whatever the order, and nothing of nothing", () => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(values, 0.5)).toBe(50);
    expect(percentile(values, 0.99)).toBe(99);
    expect(percentile(values, 1)).toBe(100);
    expect(percentile([7], 0.99)).toBe(7);
    expect(percentile([], 0.5)).toBeNull();
  });
});
