import { describe, expect, it } from "vitest";
import { checkQuietHours, localClock } from "./quiet-hours";
import type { ReviewInput } from "./review-input";

const marketing = (sentAt: string | undefined, recipientTimeZone?: string, extra: Partial<ReviewInput> = {}): ReviewInput => ({ text: "New listings in Etiwanda this week", direction: "outbound", channel: "SMS", purpose: "marketing", sentAt, recipientTimeZone, ...extra });
const now = new Date("2026-12-01T20:00:00Z");

describe("checkQuietHours", () => {
  it("blocks a marketing text at 21:00 and allows one at 20:59 in the recipient's zone", () => {
    const late = checkQuietHours(marketing("2026-12-01T21:00:00-08:00", "America/Los_Angeles"), now);
    expect(late.quietHours).toBe(true);
    expect(late.findings).toEqual([expect.objectContaining({ rule: "tcpa", category: "quiet_hours", severity: "block", explanation: expect.stringContaining("21:00 in America/Los_Angeles") })]);
    expect(checkQuietHours(marketing("2026-12-01T20:59:00-08:00", "America/Los_Angeles"), now)).toEqual({ findings: [], quietHours: false });
  });

  it("opens at 8:00 sharp: 7:59 blocks, 8:00 passes", () => {
    expect(checkQuietHours(marketing("2026-12-01T07:59:00-08:00", "America/Los_Angeles"), now).quietHours).toBe(true);
    expect(checkQuietHours(marketing("2026-12-01T08:00:00-08:00", "America/Los_Angeles"), now).quietHours).toBe(false);
  });

  it("follows the recipient, not the sender: 6:30 in California is 9:30 in New York", () => {
    expect(checkQuietHours(marketing("2026-12-01T06:30:00-08:00", "America/New_York"), now).quietHours).toBe(false);
    expect(checkQuietHours(marketing("2026-12-01T18:30:00-08:00", "America/New_York"), now).quietHours).toBe(true);
  });

  it("reads daylight saving time: 04:30Z is 21:30 in July and 20:30 in January in Los Angeles", () => {
    expect(checkQuietHours(marketing("2026-07-15T04:30:00Z", "America/Los_Angeles"), now).quietHours).toBe(true);
    expect(checkQuietHours(marketing("2026-01-15T04:30:00Z", "America/Los_Angeles"), now).quietHours).toBe(false);
  });

  it("uses the team's zone with an info finding when the recipient's is missing or unknown", () => {
    const missing = checkQuietHours(marketing("2026-12-01T22:00:00-08:00"), now);
    expect(missing.findings.map((f) => [f.category, f.severity])).toEqual([["time_zone", "info"], ["quiet_hours", "block"]]);
    const unknown = checkQuietHours(marketing("2026-12-01T12:00:00-08:00", "Pacific Time"), now);
    expect(unknown.findings).toEqual([expect.objectContaining({ category: "time_zone", excerpt: "Pacific Time", explanation: expect.stringContaining('"Pacific Time" is not a time zone') })]);
  });

  it("takes now when sentAt is missing", () => {
    expect(checkQuietHours(marketing(undefined, "America/Los_Angeles"), new Date("2026-12-02T06:00:00Z")).quietHours).toBe(true);
    expect(checkQuietHours(marketing(undefined, "America/Los_Angeles"), new Date("2026-12-01T20:00:00Z")).quietHours).toBe(false);
  });

  it("leaves conversational, transactional and email messages alone at any hour", () => {
    const midnight = "2026-12-01T23:30:00-08:00";
    expect(checkQuietHours(marketing(midnight, "America/Los_Angeles", { purpose: "transactional" }), now).findings).toEqual([]);
    expect(checkQuietHours(marketing(midnight, "America/Los_Angeles", { purpose: undefined }), now).findings).toEqual([]);
    expect(checkQuietHours(marketing(midnight, "America/Los_Angeles", { channel: "Email" }), now).findings).toEqual([]);
    expect(checkQuietHours(marketing(midnight, "America/Los_Angeles", { channel: "Call" }), now).quietHours).toBe(true);
  });
});

describe("localClock", () => {
  it("handles zones on half and quarter hours", () => {
    expect(localClock("Asia/Kathmandu", Date.parse("2026-12-01T00:00:00Z")).label).toBe("5:45");
    expect(localClock("Asia/Kolkata", Date.parse("2026-12-01T00:00:00Z")).label).toBe("5:30");
  });
});
