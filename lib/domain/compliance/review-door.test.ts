import { describe, expect, it } from "vitest";
import { reviewDoorInput, reviewLine } from "./review-door";

const now = new Date("2026-12-01T20:00:00Z");

describe("reviewLine", () => {
  it("answers a message line with its verdict as one JSON line", () => {
    const out = JSON.parse(reviewLine('{"text":"What is the address?","direction":"outbound","channel":"SMS"}', 1, now));
    expect(out).toEqual({ allowed: true, fairHousing: "ok", optOut: false, quietHours: false, findings: [] });
  });

  it("answers an empty line, a line that is not JSON and a JSON array with an error naming the line", () => {
    expect(JSON.parse(reviewLine("   ", 4, now))).toEqual({ error: "line 4 is empty: give one JSON message per line" });
    expect(JSON.parse(reviewLine("{text: hi}", 5, now)).error).toMatch(/^line 5 is not JSON \(.+\): give one JSON object per line$/);
    expect(JSON.parse(reviewLine("[1]", 6, now)).error).toMatch(/^line 6: give one JSON object such as/);
  });

  it("names every bad field and how to fix it", () => {
    const { error } = JSON.parse(reviewLine('{"direction":"sideways","channel":"Fax","sentAt":"tomorrow","recipientTimeZone":"Mars/Olympus","purpose":"spam"}', 2, now));
    expect(error).toMatch(/^line 2: text: text is required/);
    for (const field of ["direction: direction must be", "channel: channel must be one of SMS, Email", "sentAt: sentAt must be an ISO time", "recipientTimeZone: recipientTimeZone must be an IANA time zone", "purpose: purpose must be"]) expect(error).toContain(field);
  });
});

describe("reviewDoorInput", () => {
  it("names fields below the given path", () => {
    expect(reviewDoorInput({ text: "hi", direction: "outbound", channel: "Fax" }, now, ["messages", 3])).toEqual({ ok: false, error: expect.stringMatching(/^messages\.3\.channel: channel must be one of/) });
    expect(reviewDoorInput("hi", now, ["messages", 0])).toEqual({ ok: false, error: expect.stringMatching(/^messages\.0: give one JSON object/) });
  });

  it("reviews at the doors without context: an email's missing footer warns, not blocks", () => {
    const review = reviewDoorInput({ text: "Three homes for you.", direction: "outbound", channel: "Email" }, now);
    expect(review.ok && [review.verdict.allowed, review.verdict.findings.map((f) => `${f.category}/${f.severity}`)]).toEqual([true, ["postal_address/warn", "unsubscribe/warn"]]);
  });
});
