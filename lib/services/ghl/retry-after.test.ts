import { describe, expect, it } from "vitest";
import { MAX_RETRY_AFTER_MS, parseRetryAfter } from "./retry-after";

const NOW = new Date("2026-12-01T18:00:00Z");

describe("parseRetryAfter", () => {
  it("reads delay-seconds, whole and fractional", () => {
    expect(parseRetryAfter("30", NOW)).toBe(30_000);
    expect(parseRetryAfter(" 1.5 ", NOW)).toBe(1_500);
    expect(parseRetryAfter("0", NOW)).toBe(0);
  });

  it("reads an HTTP date as the time left until it, and a past date as no wait", () => {
    expect(parseRetryAfter("Tue, 01 Dec 2026 18:00:45 GMT", NOW)).toBe(45_000);
    expect(parseRetryAfter("Tue, 01 Dec 2026 17:00:00 GMT", NOW)).toBe(0);
  });

  it("caps a wait at one day and ignores what it cannot read", () => {
    expect(parseRetryAfter("999999", NOW)).toBe(MAX_RETRY_AFTER_MS);
    expect(parseRetryAfter(null, NOW)).toBeNull();
    expect(parseRetryAfter("", NOW)).toBeNull();
    expect(parseRetryAfter("-5", NOW)).toBeNull();
    expect(parseRetryAfter("soon", NOW)).toBeNull();
  });
});
