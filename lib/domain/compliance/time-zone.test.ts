import { describe, expect, it } from "vitest";
import { isTimeZone } from "./time-zone";

describe("isTimeZone", () => {
  it("knows IANA zones and their legacy aliases", () => {
    expect(["America/Los_Angeles", "America/New_York", "UTC", "US/Pacific", "Asia/Kathmandu"].map(isTimeZone)).toEqual([true, true, true, true, true]);
  });

  it("refuses made-up, empty and absurdly long names, the same on a second ask", () => {
    expect(["Pacific Time", "Mars/Olympus", "", "A".repeat(65)].map(isTimeZone)).toEqual([false, false, false, false]);
    expect(isTimeZone("Mars/Olympus")).toBe(false);
  });
});
