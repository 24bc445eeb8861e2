import { describe, expect, it } from "vitest";
import { parseGhlEvent } from "./ghl-events";
import { inferClientType, normalizeGhlEvent } from "./normalize-ghl";

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
