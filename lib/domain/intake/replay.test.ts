import { describe, expect, it } from "vitest";
import { isFreshDelivery, MAX_DELIVERY_AGE_MS, readDeliveryTime } from "./replay";

const now = new Date("2026-11-25T12:00:00Z");

describe("replay protection", () => {
  it("accepts a delivery without a timestamp", () => {
    expect(isFreshDelivery(null, now).fresh).toBe(true);
  });

  it("accepts a delivery up to five minutes old", () => {
    expect(isFreshDelivery(new Date(now.getTime() - MAX_DELIVERY_AGE_MS), now).fresh).toBe(true);
  });

  it("refuses an older one and says how old it was", () => {
    const r = isFreshDelivery(new Date(now.getTime() - MAX_DELIVERY_AGE_MS - 1000), now);
    expect(r).toEqual({ fresh: false, reason: expect.stringContaining("301 s old") });
  });

  it("refuses a timestamp far in the future, tolerating small clock skew", () => {
    expect(isFreshDelivery(new Date(now.getTime() + 30_000), now).fresh).toBe(true);
    expect(isFreshDelivery(new Date(now.getTime() + 10 * 60_000), now).fresh).toBe(false);
  });

  it("reads ISO text and epoch milliseconds, and tells an absent time from an unreadable one", () => {
    expect(readDeliveryTime("2026-11-25T12:00:00Z")).toEqual(now);
    expect(readDeliveryTime(String(now.getTime()))).toEqual(now);
    expect([null, undefined, "", "  "].map(readDeliveryTime)).toEqual([null, null, null, null]);
    expect(["yesterday", "99999999999999999999"].map(readDeliveryTime)).toEqual(["invalid", "invalid"]);
  });

  it("refuses an invalid Date rather than treating it as no timestamp", () => {
    expect(isFreshDelivery(new Date(Number.NaN), now)).toEqual({ fresh: false, reason: expect.stringMatching(/^timestamp: /) });
  });
});
