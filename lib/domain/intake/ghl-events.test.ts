import { describe, expect, it } from "vitest";
import { parseGhlEvent } from "./ghl-events";

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

  it("refuses a workflow payload without its contact", () => {
    expect(parseGhlEvent({ message: { body: "hi" } })).toEqual({ ok: false, error: "Missing field: contact" });
  });
});
