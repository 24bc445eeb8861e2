import { describe, expect, it } from "vitest";
import { businessLocalTime } from "./business-time";

describe("businessLocalTime", () => {
  it("reads a date-time field as Pacific time, winter and summer", () => {
    expect((businessLocalTime("2026-11-25T15:30") as Date).toISOString()).toBe("2026-11-25T23:30:00.000Z");
    expect((businessLocalTime("2026-07-01T09:00") as Date).toISOString()).toBe("2026-07-01T16:00:00.000Z");
  });

  it("reads the repeated fall-back hour as its first pass and a skipped spring hour an hour later", () => {
    expect((businessLocalTime("2026-11-01T01:30") as Date).toISOString()).toBe("2026-11-01T08:30:00.000Z");
    expect((businessLocalTime("2026-03-08T02:30") as Date).toISOString()).toBe("2026-03-08T10:30:00.000Z");
  });

  it("hands anything else back for validation to name", () => {
    expect(businessLocalTime("tomorrow")).toBe("tomorrow");
    expect(businessLocalTime("")).toBe("");
  });
});
