import { describe, expect, it } from "vitest";
import { parseGhlEvent } from "./ghl-events";
import { inferClientType, normalizeGhlEvent, normalizeMessageStatus, normalizePhone } from "./normalize-ghl";

function normalized(payload: unknown) {
  const r = parseGhlEvent(payload);
  if (!r.ok) throw new Error(r.error);
  return normalizeGhlEvent(r.value);
}

describe("normalizing GoHighLevel deliveries", () => {
  it("uses webhookId, else messageId, as the delivery id", () => {
    const base = { type: "InboundMessage", locationId: "loc", contactId: "c", messageType: "SMS", body: "hi" };
    expect(normalized({ ...base, messageId: "m1", webhookId: "w1" }).deliveryId).toBe("w1");
    expect(normalized({ ...base, messageId: "m1" }).deliveryId).toBe("m1");
    expect(normalized(base).deliveryId).toBeNull();
  });

  it("maps GHL message types to channels", () => {
    const base = { type: "InboundMessage", locationId: "loc", contactId: "c", body: "hi" };
    expect(normalized({ ...base, messageType: "Live Chat" }).message?.channel).toBe("chat");
    expect(normalized({ ...base, messageType: "IG" }).message?.channel).toBe("social");
    expect(normalized({ ...base, messageType: "Email" }).message?.channel).toBe("email");
  });

  it("splits a contact's full name when first and last are absent", () => {
    const d = normalized({ type: "ContactCreate", locationId: "loc", id: "c", name: "Maria Guadalupe Fernandez", email: "m@example.com" });
    expect(d.contact).toMatchObject({ firstName: "Maria", lastName: "Guadalupe Fernandez", email: "m@example.com" });
  });

  it("reads the workflow's location and timestamp", () => {
    const d = normalized({ contact: { id: "c" }, location: { id: "loc_9" }, timestamp: "2026-11-25T10:00:00.000Z", message: { body: "hola" } });
    expect(d.locationId).toBe("loc_9");
    expect(d.sentAt?.toISOString()).toBe("2026-11-25T10:00:00.000Z");
  });
});

describe("reading the contact GHL sends", () => {
  const create = { type: "ContactCreate", locationId: "loc", id: "c_1", firstName: "Ana", lastName: "Reyes", email: " Ana.Reyes@Example.com ", phone: "(909) 555-0143", address1: "9470 Hillside Rd", city: "Rancho Cucamonga", state: "CA", postalCode: "91737", source: "Zillow", timezone: "America/Los_Angeles", dnd: false, tags: ["seller", " seller "], customFields: [{ id: "budget", value: "$700-800K" }] };

  it("fills address, source, time zone and custom fields, with the phone in E.164", () => {
    expect(normalized(create).contact).toEqual({
      firstName: "Ana", lastName: "Reyes", email: "ana.reyes@example.com", phone: "+19095550143", tags: ["seller"], address1: "9470 Hillside Rd", city: "Rancho Cucamonga", state: "CA",
      postalCode: "91737", source: "Zillow", timeZone: "America/Los_Angeles", doNotDisturb: { sms: false, email: false }, customFields: { budget: "$700-800K" },
    });
  });

  it("reads a workflow's contact the same way, custom fields as an object", () => {
    const d = normalized({ contact: { id: "c_2", name: "Luis Ortega", phone: "909.555.0199", postalCode: "92336-1234", customFields: { "Move Timeline": "3 months" } }, message: { body: "hola" } });
    expect(d.contact).toMatchObject({ firstName: "Luis", lastName: "Ortega", phone: "+19095550199", postalCode: "92336", customFields: { "Move Timeline": "3 months" }, tags: null });
  });

  it("reads do-not-disturb for every channel or per channel", () => {
    expect(normalized({ ...create, dnd: true }).contact.doNotDisturb).toEqual({ sms: true, email: true });
    expect(normalized({ ...create, dnd: undefined, dndSettings: { SMS: { status: "active" } } }).contact.doNotDisturb).toEqual({ sms: true, email: null });
    expect(normalized({ ...create, dnd: undefined }).contact.doNotDisturb).toBeNull();
  });

  it("drops what cannot be used rather than keeping it broken", () => {
    const d = normalized({ ...create, email: "ana at example", phone: "12345", postalCode: "N2L 3G1", timezone: "Mars/Olympus" });
    expect(d.contact).toMatchObject({ email: null, phone: null, postalCode: null, timeZone: null });
  });

  it("marks a tag update as the contact's whole tag set, and a message as carrying no tags", () => {
    expect(normalized({ ...create, type: "ContactTagUpdate" }).replaceTags).toBe(true);
    expect(normalized(create).replaceTags).toBe(false);
    expect(normalized({ type: "InboundMessage", locationId: "loc", contactId: "c", messageType: "SMS", body: "hi" }).contact.tags).toBeNull();
  });

  it("normalizes phone numbers, US by default", () => {
    expect(normalizePhone("909-555-0100")).toBe("+19095550100");
    expect(normalizePhone("+52 33 1234 5678")).toBe("+523312345678");
    expect(normalizePhone("")).toBeNull();
  });
});

describe("inferring the kind of client", () => {
  it("trusts tags first", () => {
    expect(inferClientType(["Seller Lead"], "looking to buy")).toBe("seller");
    expect(inferClientType(["investor"], "")).toBe("investor");
  });

  it("reads clear intent from the message", () => {
    expect(inferClientType([], "I want to sell my house this spring")).toBe("seller");
    expect(inferClientType([], "How much is my home worth?")).toBe("seller");
    expect(inferClientType([], "Looking for a rental property with good cap rate")).toBe("investor");
  });

  it("does not mistake other uses of the words for intent", () => {
    expect(inferClientType([], "Do you sell insurance too?")).toBe("buyer");
    expect(inferClientType([], "Is the listing on Haven Ave still available?")).toBe("buyer");
  });
});

describe("reading a message status", () => {
  const base = { type: "OutboundMessage" as const, locationId: "loc", messageId: "msg_1" };

  it("reads delivered, read and opened as delivered, undelivered and bounced as failed, sent as sent", () => {
    for (const status of ["delivered", "Read", "opened"]) expect(normalizeMessageStatus({ ...base, status }).state).toBe("delivered");
    for (const status of ["failed", "undelivered", "bounced"]) expect(normalizeMessageStatus({ ...base, status }).state).toBe("failed");
    expect(normalizeMessageStatus({ ...base, status: "sent" }).state).toBe("sent");
  });

  it("changes nothing for a status it does not know or none, and keeps GHL's error words", () => {
    expect(normalizeMessageStatus({ ...base, status: "mystery" }).state).toBeNull();
    expect(normalizeMessageStatus(base).state).toBeNull();
    expect(normalizeMessageStatus({ ...base, status: "failed", error: { message: " Number is a landline " } }).error).toBe("Number is a landline");
    expect(normalizeMessageStatus({ ...base, status: "failed", error: "Carrier blocked" }).error).toBe("Carrier blocked");
  });
});
