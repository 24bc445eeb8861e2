import { describe, expect, it } from "vitest";
import { parseGhlEvent, parseGhlMessageStatus } from "./ghl-events";

const inbound = { type: "InboundMessage", locationId: "loc_jorge_rc", contactId: "c_1", conversationId: "cv_1", messageId: "m_1", messageType: "SMS", body: "Hi, thinking of selling", direction: "inbound", dateAdded: "2026-11-25T10:00:00Z", attachments: [] };

describe("parsing GoHighLevel webhooks", () => {
  it("recognizes an InboundMessage", () => {
    const r = parseGhlEvent(inbound);
    expect(r.ok && r.value.kind).toBe("message");
  });

  it("recognizes contact events", () => {
    for (const type of ["ContactCreate", "ContactUpdate", "ContactTagUpdate"]) {
      const r = parseGhlEvent({ type, locationId: "loc", id: "c_2", firstName: "Ana", tags: ["seller"] });
      expect(r.ok && r.value.kind).toBe("contact");
    }
  });

  it("recognizes a workflow's nested contact and message", () => {
    const r = parseGhlEvent({ contact: { id: "c_3", firstName: "Luis", phone: "+19095550100", tags: [] }, message: { type: "SMS", body: "Quiero vender mi casa", direction: "inbound" } });
    expect(r.ok && r.value.kind).toBe("workflow");
  });

  it("names a missing field", () => {
    const { contactId: _omit, ...rest } = inbound;
    void _omit;
    expect(parseGhlEvent(rest)).toEqual({ ok: false, error: "Missing field: contactId" });
  });

  it("names a field of the wrong type", () => {
    const r = parseGhlEvent({ ...inbound, body: 42 });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(/^body: /);
  });

  it("refuses unknown message types and event types with the accepted ones", () => {
    const bad = parseGhlEvent({ ...inbound, messageType: "Pigeon" });
    expect(!bad.ok && bad.error).toMatch(/^messageType: must be one of SMS/);
    const other = parseGhlEvent({ type: "InvoicePaid", locationId: "loc" });
    expect(!other.ok && other.error).toMatch(/Unsupported event type "InvoicePaid"/);
  });

  it("refuses what is not an object", () => {
    for (const value of [null, [], "text", 7]) expect(parseGhlEvent(value)).toEqual({ ok: false, error: "The body must be a JSON object" });
  });

  it("refuses an unreadable timestamp naming the field, and accepts ISO text, epoch milliseconds or none", () => {
    for (const timestamp of ["yesterday", "2026-02-30T99:99:99Z", "99999999999999999999"]) {
      expect(parseGhlEvent({ ...inbound, timestamp })).toEqual({ ok: false, error: expect.stringMatching(/^timestamp: must be a date and time: ISO 8601/) });
      expect(parseGhlEvent({ contact: { id: "c_9" }, timestamp })).toEqual({ ok: false, error: expect.stringMatching(/^timestamp: /) });
    }
    for (const timestamp of ["2026-11-25T10:00:00Z", "1764064800000", "", null, undefined]) expect(parseGhlEvent({ ...inbound, timestamp }).ok).toBe(true);
  });

  it("names an event type that is not text without printing it", () => {
    for (const type of [{ toString: 1 }, [1], 5]) expect(parseGhlEvent({ type }).ok).toBe(false);
    expect(parseGhlEvent({ type: { toString: 1 } })).toEqual({ ok: false, error: expect.stringMatching(/^Unsupported event type \(an object\)/) });
  });

  it("accepts custom fields in every shape GHL sends", () => {
    const shapes = [[{ id: "f1", value: "$700-800K" }], [{ id: "f1", key: "contact.budget", field_value: "under 750k" }], { Budget: "$700-800K", "Pre-Approved?": "Yes" }];
    for (const customFields of shapes) {
      expect(parseGhlEvent({ type: "ContactCreate", locationId: "loc", id: "c_1", customFields }).ok).toBe(true);
      expect(parseGhlEvent({ contact: { id: "c_1", customFields }, message: { body: "hola" } }).ok).toBe(true);
    }
    const bad = parseGhlEvent({ type: "ContactCreate", locationId: "loc", id: "c_1", customFields: "budget=800k" });
    expect(!bad.ok && bad.error).toMatch(/^customFields: must be a list of \{id, value\} or an object/);
  });

  it("reads the contact's address, source, do-not-disturb and time zone", () => {
    const r = parseGhlEvent({ type: "ContactCreate", locationId: "loc", id: "c_1", address1: "9470 Hillside Rd", city: "Rancho Cucamonga", state: "CA", postalCode: "91737", source: "Zillow", dnd: false, timezone: "America/Los_Angeles" });
    expect(r.ok && r.value.kind === "contact" && r.value.event).toMatchObject({ address1: "9470 Hillside Rd", postalCode: "91737", source: "Zillow", dnd: false });
  });

  it("refuses a workflow payload without its contact", () => {
    expect(parseGhlEvent({ message: { body: "hi" } })).toEqual({ ok: false, error: "Missing field: contact" });
  });
});

describe("parseGhlMessageStatus", () => {
  const outbound = { type: "OutboundMessage", locationId: "loc_jorge_rc", contactId: "c_1", messageId: "msg_9", messageType: "SMS", status: "delivered", direction: "outbound", body: "See you at 10" };

  it("recognizes OutboundMessage and MessageStatus events, and leaves every other event to parseGhlEvent", () => {
    expect(parseGhlMessageStatus(outbound)).toMatchObject({ ok: true, value: { messageId: "msg_9", status: "delivered" } });
    expect(parseGhlMessageStatus({ type: "MessageStatus", locationId: "loc", messageId: "msg_9", status: "failed", error: { message: "Carrier rejected" } })).toMatchObject({ ok: true, value: { error: { message: "Carrier rejected" } } });
    expect(parseGhlMessageStatus(inbound)).toBeNull();
    expect(parseGhlMessageStatus({ contact: { id: "c" } })).toBeNull();
    expect(parseGhlMessageStatus(null)).toBeNull();
  });

  it("names the missing or bad field", () => {
    const noId: Record<string, unknown> = { ...outbound };
    delete noId.messageId;
    expect(parseGhlMessageStatus(noId)).toEqual({ ok: false, error: "Missing field: messageId" });
    expect(parseGhlMessageStatus({ ...outbound, status: 7 })).toMatchObject({ ok: false, error: expect.stringMatching(/^status: /) });
  });
});
