import { describe, expect, it } from "vitest";
import { MAX_REVIEW_BATCH, reviewMessages } from "./review-messages";

const now = new Date("2026-12-01T20:00:00Z");
const sms = (text: string, extra: object = {}) => ({ text, direction: "outbound", channel: "SMS", ...extra });

describe("reviewMessages", () => {
  it("reviews one message into a verdict", () => {
    expect(reviewMessages(sms("What is the address?"), now)).toEqual({ ok: true, data: { verdict: { allowed: true, fairHousing: "ok", optOut: false, quietHours: false, findings: [] } } });
  });

  it("reviews a batch in order", () => {
    const result = reviewMessages({ messages: [sms("What is the address?"), { text: "STOP", direction: "inbound", channel: "SMS" }] }, now);
    expect(result.ok && "verdicts" in result.data && result.data.verdicts.map((v) => v.optOut)).toEqual([false, true]);
  });

  it("refuses a batch with a bad message whole, naming each bad field by its place", () => {
    const result = reviewMessages({ messages: [sms("ok"), sms("x", { channel: "Fax" }), { direction: "outbound", channel: "SMS", recipientTimeZone: "Moon/Base" }] }, now);
    expect(result).toEqual({ ok: false, status: 400, error: expect.stringMatching(/^messages\.1\.channel: .+; messages\.2\.text: .+; messages\.2\.recipientTimeZone: /) });
  });

  it("refuses an empty batch, one over the limit and messages that are not a list", () => {
    expect(reviewMessages({ messages: [] }, now)).toMatchObject({ ok: false, status: 400, error: "messages must hold at least one message" });
    expect(reviewMessages({ messages: Array.from({ length: MAX_REVIEW_BATCH + 1 }, () => sms("hi")) }, now)).toMatchObject({ status: 400, error: expect.stringMatching(/at most 500 messages/) });
    expect(reviewMessages({ messages: "hi" }, now)).toMatchObject({ status: 400, error: "messages must be a list of messages" });
  });

  it("refuses a body that is not a message", () => {
    expect(reviewMessages([sms("hi")], now)).toMatchObject({ ok: false, status: 400, error: expect.stringMatching(/give one JSON object/) });
    expect(reviewMessages({ text: "hi" }, now)).toMatchObject({ status: 400, error: expect.stringMatching(/^direction: .+; channel: /) });
  });
});
