import { describe, expect, it } from "vitest";
import { isFreshDelivery, MAX_DELIVERY_AGE_MS } from "./replay";

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
});
