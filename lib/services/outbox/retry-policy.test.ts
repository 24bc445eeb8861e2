import { describe, expect, it } from "vitest";
import { BASE_DELAY_MS, MAX_DELAY_MS, MAX_SEND_ATTEMPTS, mayRetry, retryDelayMs } from "./retry-policy";

describe("retry policy", () => {
  it("doubles the wait per attempt, jittered between half and all of it", () => {
    expect(retryDelayMs(1, null, () => 0)).toBe(BASE_DELAY_MS / 2);
    expect(retryDelayMs(1, null, () => 1)).toBe(BASE_DELAY_MS);
    expect(retryDelayMs(3, null, () => 1)).toBe(BASE_DELAY_MS * 4);
    const spread = new Set(Array.from({ length: 20 }, (_, i) => retryDelayMs(2, null, () => i / 20)));
    expect(spread.size).toBeGreaterThan(10);
  });

  it("caps the wait, and never waits less than Retry-After asked", () => {
    expect(retryDelayMs(30, null, () => 1)).toBe(MAX_DELAY_MS);
    expect(retryDelayMs(1, 120_000, () => 0)).toBe(120_000);
  });

  it("stops after the last attempt", () => {
    expect(mayRetry(MAX_SEND_ATTEMPTS - 1)).toBe(true);
    expect(mayRetry(MAX_SEND_ATTEMPTS)).toBe(false);
  });
});
