import { describe, expect, it } from "vitest";
import { fieldMappingFrom } from "../intake/custom-fields";
import { parseGhlEvent } from "../intake/ghl-events";
import { normalizeGhlEvent } from "../intake/normalize-ghl";
import { requestFromGhl } from "./arriving-facts";
import { consentAfter } from "./client-update";

function arriving(event: Record<string, unknown>) {
  const parsed = parseGhlEvent({ locationId: "loc", contactId: "c1", ...event });
  if (!parsed.ok) throw new Error(parsed.error);
  return requestFromGhl(normalizeGhlEvent(parsed.value), fieldMappingFrom(null));
}

const unknown = { smsConsent: false, emailConsent: false, optedOut: false };

describe("consent from a GoHighLevel delivery", () => {
  it("a text from the client grants texts back, an email grants email, on that channel only", () => {
    const text = arriving({ type: "InboundMessage", messageType: "SMS", body: "Thinking of selling this spring" });
    expect(consentAfter(unknown, text.consent)).toEqual({ smsConsent: true, emailConsent: false });
    const email = arriving({ type: "InboundMessage", messageType: "Email", body: "Can you send comps?" });
    expect(consentAfter(unknown, email.consent)).toEqual({ smsConsent: false, emailConsent: true });
  });

  it("grants nothing for a contact event, to a client on do-not-disturb, or to one who opted out", () => {
    expect(consentAfter(unknown, arriving({ type: "ContactCreate", id: "c1", firstName: "Ana" }).consent)).toEqual({ smsConsent: false, emailConsent: false });
    const text = arriving({ type: "InboundMessage", messageType: "SMS", body: "hello?" });
    expect(consentAfter(unknown, { ...text.consent, doNotDisturb: { sms: true, email: null } }).smsConsent).toBe(false);
    expect(consentAfter({ ...unknown, optedOut: true }, text.consent).smsConsent).toBe(false);
  });
});
