import { describe, expect, it } from "vitest";
import { reviewMessage } from "./review";
import type { ReviewContext, ReviewInput } from "./review-input";

const now = new Date("2026-12-01T20:00:00Z");
const sms = (text: string, extra: Partial<ReviewInput> = {}): ReviewInput => ({ text, direction: "outbound", channel: "SMS", ...extra });
const inbound = (text: string): ReviewInput => ({ text, direction: "inbound", channel: "SMS" });
const summary = (input: ReviewInput, context?: ReviewContext) => reviewMessage(input, context, now).findings.map((f) => `${f.rule}/${f.category}/${f.severity}`);

describe("reviewMessage", () => {
  it("allows a clean text in Jorge's style with no findings", () => {
    expect(reviewMessage(sms("Hi Ana, this is Jorge with Salas Real Estate. What is the address of the home you're thinking of selling?"), undefined, now)).toEqual({ allowed: true, fairHousing: "ok", optOut: false, quietHours: false, findings: [] });
  });

  it("blocks a Fair Housing violation and reports the level", () => {
    const verdict = reviewMessage(sms("Lovely home, but the owners prefer no children."), undefined, now);
    expect([verdict.allowed, verdict.fairHousing]).toEqual([false, "block"]);
    expect(verdict.findings[0]).toMatchObject({ rule: "fair_housing", severity: "block" });
  });

  it("blocks a marketing text in quiet hours and says so in the verdict", () => {
    const verdict = reviewMessage(sms("New listings in Etiwanda this week.", { purpose: "marketing", sentAt: "2026-12-01T21:15:00-08:00", recipientTimeZone: "America/Los_Angeles" }), undefined, now);
    expect([verdict.allowed, verdict.quietHours, verdict.findings.map((f) => f.category)]).toEqual([false, true, ["quiet_hours"]]);
  });

  it("orders findings by severity, then by where they stand in the text, whole-message ones first", () => {
    const text = `Act now! ${"Lovely pool, ".repeat(25)}but no children please. Any questions? Want to see it?`;
    const findings = reviewMessage(sms(text, { purpose: "marketing", sentAt: "2026-12-01T07:00:00-08:00" }), { consent: { sms: false, email: true, optedOut: false } }, now).findings;
    const severities = findings.map((f) => f.severity);
    expect(severities).toEqual([...severities].sort((a, b) => ["block", "warn", "info"].indexOf(a) - ["block", "warn", "info"].indexOf(b)));
    const warns = findings.filter((f) => f.severity === "warn" && f.excerpt);
    expect(warns.map((f) => text.indexOf(f.excerpt))).toEqual(warns.map((f) => text.indexOf(f.excerpt)).sort((a, b) => a - b));
    expect(findings.find((f) => f.category === "consent")).toBeDefined();
    expect(findings.map((f) => f.category)).toEqual(expect.arrayContaining(["pressure", "length", "one_question", "quiet_hours", "time_zone"]));
  });

  it("checks an email's subject for Fair Housing too", () => {
    const verdict = reviewMessage({ text: "Details inside.", direction: "outbound", channel: "Email" }, { email: { subject: "Perfect for singles: a loft in Upland", fromName: "Jorge Salas", fromAddress: "jorge@salas.example", hasFooter: true } }, now);
    expect(verdict.fairHousing).toBe("block");
    expect(verdict.allowed).toBe(false);
  });

  it("blocks an opted-out client except for the marked confirmation", () => {
    const optedOut: ReviewContext = { consent: { sms: true, email: true, optedOut: true } };
    expect(reviewMessage(sms("Any update on the address?"), optedOut, now).allowed).toBe(false);
    expect(reviewMessage(sms("You're unsubscribed and will get no more texts. Reply START to resume."), { ...optedOut, kind: "opt_out_confirmation" }, now).allowed).toBe(true);
  });

  it("blocks an AI message claiming to be a person", () => {
    expect(summary(sms("Yes, I'm a real person on Jorge's team."), { authorKind: "ai" })).toEqual(["ai_disclosure/claims_human/block"]);
  });
});

describe("reviewMessage on inbound messages", () => {
  it("reports an opt-out, always allowed, with none of the outbound checks", () => {
    const verdict = reviewMessage(inbound("STOP"), undefined, now);
    expect(verdict).toMatchObject({ allowed: true, optOut: true, fairHousing: "ok", quietHours: false });
    expect(verdict.findings.map((f) => f.category)).toEqual(["opt_out"]);
  });

  it("does not take 'I'll stop by Saturday' for an opt-out", () => {
    expect(reviewMessage(inbound("I'll stop by Saturday to see it"), undefined, now)).toMatchObject({ optOut: false, findings: [] });
  });

  it("notes a disclosure question and leaves the client's own words unjudged", () => {
    expect(summary(inbound("Are you a bot? 🎉 Act now, no kids here! What? Why?"))).toEqual(["ai_disclosure/disclosure_question/info"]);
  });
});
