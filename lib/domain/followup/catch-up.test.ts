import { describe, expect, it } from "vitest";
import { dueFollowUp, nextWindowMoment } from "./catch-up";

const LA = "America/Los_Angeles";

describe("nextWindowMoment", () => {
  it("keeps a moment inside 9am-6pm local", () => {
    const at = new Date("2026-11-25T19:30:00Z"); // 11:30 in Los Angeles
    expect(nextWindowMoment(at, LA)).toEqual(at);
  });

  it("moves an early morning to 9am the same local day", () => {
    expect(nextWindowMoment(new Date("2026-11-25T14:00:00Z"), LA).toISOString()).toBe("2026-11-25T17:00:00.000Z");
  });

  it("moves an evening to 9am the next local day", () => {
    expect(nextWindowMoment(new Date("2026-11-26T03:00:00Z"), LA).toISOString()).toBe("2026-11-26T17:00:00.000Z");
  });
});

describe("dueFollowUp", () => {
  const first = new Date("2026-11-02T18:00:00Z"); // 10am local, Monday

  it("follows the cadence when the attempt is still ahead", () => {
    expect(dueFollowUp(first, 0, LA, new Date("2026-11-03T00:00:00Z"))?.toISOString()).toBe("2026-11-04T18:00:00.000Z");
  });

  it("schedules a missed attempt at the next window moment, not in the past", () => {
    const now = new Date("2026-11-25T04:00:00Z"); // 8pm local
    expect(dueFollowUp(first, 1, LA, now)?.toISOString()).toBe("2026-11-25T17:00:00.000Z");
  });

  it("stops after ten attempts", () => {
    expect(dueFollowUp(first, 10, LA, new Date("2026-11-25T19:00:00Z"))).toBeNull();
  });
});
