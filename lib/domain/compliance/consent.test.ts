import { describe, expect, it } from "vitest";
import { checkConsent } from "./consent";
import type { ReviewContext, ReviewInput } from "./review-input";

const text = (extra: Partial<ReviewInput> = {}): ReviewInput => ({ text: "Hi Ana, what is the property address?", direction: "outbound", channel: "SMS", ...extra });
const consent = (sms: boolean, email: boolean, optedOut = false): ReviewContext => ({ consent: { sms, email, optedOut } });
const found = (input: ReviewInput, context?: ReviewContext) => checkConsent(input, context).map((f) => `${f.rule}/${f.category}/${f.severity}`);

describe("checkConsent", () => {
  it("blocks a text without SMS consent and an email without email consent", () => {
    expect(found(text(), consent(false, true))).toEqual(["tcpa/consent/block"]);
    expect(found(text({ channel: "Email" }), consent(true, false))).toEqual(["can_spam/consent/block"]);
  });

  it("lets each channel through on its own consent", () => {
    expect(found(text(), consent(true, false))).toEqual([]);
    expect(found(text({ channel: "Email" }), consent(false, true))).toEqual([]);
    expect(found(text({ channel: "Call" }), consent(false, false))).toEqual([]);
  });

  it("blocks anything to an opted-out client, on any channel", () => {
    expect(found(text(), consent(true, true, true))).toEqual(["tcpa/opt_out/block"]);
    expect(found(text({ channel: "Email" }), consent(true, true, true))).toEqual(["can_spam/opt_out/block"]);
    expect(found(text({ channel: "WhatsApp" }), consent(true, true, true))).toEqual(["tcpa/opt_out/block"]);
  });

  it("allows the single opt-out confirmation, but not with marketing", () => {
    const confirmation: ReviewContext = { ...consent(false, true, true), kind: "opt_out_confirmation" };
    expect(found(text({ text: "You're unsubscribed and won't get more texts. Reply START to resume." }), confirmation)).toEqual([]);
    expect(checkConsent(text({ purpose: "marketing" }), confirmation)[0]?.explanation).toMatch(/may not carry marketing/);
  });

  it("finds nothing without known consent or for an inbound message", () => {
    expect(found(text())).toEqual([]);
    expect(found(text({ direction: "inbound" }), consent(false, false, true))).toEqual([]);
  });
});
