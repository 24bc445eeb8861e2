import { describe, expect, it } from "vitest";
import { clientUpdate, consentAfter, type KnownFacts } from "./client-update";

const known: KnownFacts = {
  firstName: "Ana", lastName: "Reyes", email: "ana@example.com", phone: "+19095550100", propertyAddress: "9470 Hillside Rd", city: "Rancho Cucamonga", state: "CA",
  postalCode: "91737", leadSource: "Zillow", timeZone: "America/Los_Angeles", budgetMin: null, budgetMax: null, priceExpectation: 900_000, preApproved: false,
  timelineDays: 60, marketId: "m-rc", tags: ["seller"], customFields: { "Move Timeline": "60 days" },
};

describe("what an arriving request changes on a client on file", () => {
  it("never blanks a known field with a missing one", () => {
    expect(clientUpdate(known, { email: undefined, phone: "", propertyAddress: "  ", tags: [], customFields: {} })).toEqual({});
  });

  it("fills and changes the facts it gives", () => {
    expect(clientUpdate(known, { phone: "+19095550111", timelineDays: 30, leadSource: "Referral", preApproved: true })).toEqual({ phone: "+19095550111", timelineDays: 30, leadSource: "Referral", preApproved: true });
    expect(clientUpdate(known, { city: "Rancho Cucamonga", postalCode: "91737" })).toEqual({});
  });

  it("adds tags, and replaces them when the CRM sends its whole set", () => {
    expect(clientUpdate(known, { tags: ["hot lead"] }).tags).toEqual(["seller", "hot lead"]);
    expect(clientUpdate(known, { tags: ["buyer"], replaceTags: true }).tags).toEqual(["buyer"]);
    expect(clientUpdate(known, { tags: ["seller"] })).toEqual({});
  });

  it("merges custom fields", () => {
    expect(clientUpdate(known, { customFields: { Budget: "$700-800K" } }).customFields).toEqual({ "Move Timeline": "60 days", Budget: "$700-800K" });
  });

  it("takes a budget as one answer without leaving a floor above the ceiling", () => {
    const withBudget = { ...known, budgetMin: 700_000, budgetMax: 800_000 };
    expect(clientUpdate(withBudget, { budgetMax: 900_000 })).toEqual({ budgetMax: 900_000 });
    expect(clientUpdate(withBudget, { budgetMax: 650_000 })).toEqual({ budgetMin: null, budgetMax: 650_000 });
    expect(clientUpdate(withBudget, { budgetMin: 850_000 })).toEqual({ budgetMin: 850_000, budgetMax: null });
  });

  it("moves the market on an address, but a place in a message only fills an unknown market", () => {
    expect(clientUpdate(known, { market: { id: "m-fo", fromAddress: true } })).toEqual({ marketId: "m-fo" });
    expect(clientUpdate(known, { market: { id: "m-fo", fromAddress: false } })).toEqual({});
    expect(clientUpdate({ ...known, marketId: null }, { market: { id: "m-fo", fromAddress: false } })).toEqual({ marketId: "m-fo" });
    expect(clientUpdate(known, { market: null })).toEqual({});
  });
});

describe("consent after a request", () => {
  const none = { smsConsent: false, emailConsent: false, optedOut: false };

  it("takes consent away on do-not-disturb, per channel", () => {
    expect(consentAfter({ smsConsent: true, emailConsent: true, optedOut: false }, { doNotDisturb: { sms: true, email: true } })).toEqual({ smsConsent: false, emailConsent: false });
    expect(consentAfter({ smsConsent: true, emailConsent: true, optedOut: false }, { doNotDisturb: { sms: true, email: false } })).toEqual({ smsConsent: false, emailConsent: true });
  });

  it("gives consent only when the client gave it, not because the CRM has no do-not-disturb", () => {
    expect(consentAfter(none, { doNotDisturb: { sms: false, email: false } })).toEqual({ smsConsent: false, emailConsent: false });
    expect(consentAfter(none, { smsConsent: true })).toEqual({ smsConsent: true, emailConsent: false });
  });

  it("never overwrites an opt-out with consent", () => {
    const optedOut = { ...none, optedOut: true };
    expect(consentAfter(optedOut, { doNotDisturb: { sms: false, email: false }, smsConsent: true, emailConsent: true })).toEqual({ smsConsent: false, emailConsent: false });
  });

  it("keeps what was known when the request says nothing", () => {
    expect(consentAfter({ smsConsent: true, emailConsent: false, optedOut: false }, { doNotDisturb: null })).toEqual({ smsConsent: true, emailConsent: false });
  });
});
