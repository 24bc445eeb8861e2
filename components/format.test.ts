import { describe, expect, it } from "vitest";
import { duration, durationMinutes } from "./format";

describe("durations in words", () => {
  it("reads minutes as hours and days", () => {
    expect(durationMinutes(1219)).toBe("20 h 19 min");
    expect(durationMinutes(2 * 1440 + 3 * 60)).toBe("2 d 3 h");
    expect(durationMinutes(42)).toBe("42 min");
    expect(duration(200)).toBe("3 min 20 s");
    expect(duration(45)).toBe("45 s");
  });

  it("shows a dash for a missing duration", () => {
    expect(duration(null)).toBe("—");
    expect(durationMinutes(undefined)).toBe("—");
  });
});
