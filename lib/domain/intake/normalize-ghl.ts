import type { Channel, ClientType } from "../team/vocabulary";
import type { GhlEvent } from "./ghl-events";
import { readDeliveryTime } from "./replay";

/** A GoHighLevel delivery reduced to what intake needs, whatever shape it came in. */
export interface NormalizedDelivery {
  eventType: string;
  locationId: string | null;
  contactId: string;
  /** GHL's own id for this delivery (webhookId, else messageId), stable across retries. */
  deliveryId: string | null;
  /** When GHL says it sent the delivery; used to refuse replays. */
  sentAt: Date | null;
  contact: { firstName: string | null; lastName: string | null; email: string | null; phone: string | null; tags: string[] };
  message: { body: string; channel: Channel; direction: "inbound" | "outbound"; occurredAt: Date | null } | null;
  clientType: ClientType;
}

const CHANNELS: Record<string, Channel> = { SMS: "sms", Email: "email", Call: "call", Voicemail: "voicemail", "Live Chat": "chat" };

/** A time field as a Date; absent, empty or unreadable is null (parseGhlEvent has already refused an unreadable timestamp). */
function toDate(value: string | null | undefined): Date | null {
  const d = readDeliveryTime(value);
  return d === "invalid" ? null : d;
}

/**
 * The kind of client a contact is: from GHL tags first (seller, buyer, investor, renter), then
 * from the message ("sell my house"), else buyer, the most common inbound lead.
 */
export function inferClientType(tags: readonly string[], body: string): ClientType {
  const lower = tags.map((t) => t.toLowerCase());
  for (const type of ["seller", "investor", "renter", "buyer"] as const) {
    if (lower.some((t) => t.includes(type))) return type;
  }
  if (/\b(sell(ing)?|list(ing)?) (my|our|the) (house|home|property|condo|place)\b|\bhow much is my (house|home) worth\b/i.test(body)) return "seller";
  if (/\b(investment property|rental property|cash flow|cap rate|fix and flip)\b/i.test(body)) return "investor";
  if (/\b(for rent|to rent|lease a|renting)\b/i.test(body)) return "renter";
  return "buyer";
}

/** Flattens any supported GHL event into one NormalizedDelivery. */
export function normalizeGhlEvent(parsed: GhlEvent): NormalizedDelivery {
  if (parsed.kind === "message") {
    const e = parsed.event;
    return {
      eventType: e.type,
      locationId: e.locationId || null,
      contactId: e.contactId,
      deliveryId: e.webhookId ?? e.messageId ?? null,
      sentAt: toDate(e.timestamp),
      contact: { firstName: null, lastName: null, email: null, phone: null, tags: [] },
      message: { body: e.body, channel: CHANNELS[e.messageType] ?? "social", direction: e.direction, occurredAt: toDate(e.dateAdded) },
      clientType: inferClientType([], e.body),
    };
  }
  if (parsed.kind === "contact") {
    const e = parsed.event;
    const [first, ...rest] = (e.name ?? "").trim().split(/\s+/);
    const tags = e.tags ?? [];
    return {
      eventType: e.type,
      locationId: e.locationId || null,
      contactId: e.id,
      deliveryId: e.webhookId ?? null,
      sentAt: toDate(e.timestamp),
      contact: { firstName: e.firstName ?? (first || null), lastName: e.lastName ?? (rest.join(" ") || null), email: e.email ?? null, phone: e.phone ?? null, tags },
      message: null,
      clientType: inferClientType(tags, ""),
    };
  }
  const e = parsed.event;
  const tags = e.contact.tags ?? [];
  const body = e.message?.body ?? "";
  return {
    eventType: "WorkflowWebhook",
    locationId: e.location?.id ?? e.locationId ?? null,
    contactId: e.contact.id,
    deliveryId: e.webhookId ?? null,
    sentAt: toDate(e.timestamp),
    contact: { firstName: e.contact.firstName ?? null, lastName: e.contact.lastName ?? null, email: e.contact.email ?? null, phone: e.contact.phone ?? null, tags },
    message: e.message && body ? { body, channel: CHANNELS[e.message.type ?? ""] ?? "sms", direction: e.message.direction === "outbound" ? "outbound" : "inbound", occurredAt: null } : null,
    clientType: inferClientType(tags, body),
  };
}
