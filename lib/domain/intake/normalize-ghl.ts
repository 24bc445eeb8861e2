import { parsePhoneNumberFromString } from "libphonenumber-js";
import { z } from "zod";
import { normalizeZip } from "../routing/market-resolution";
import type { Channel, ClientType } from "../team/vocabulary";
import { flattenCustomFields, type FlatCustomFields } from "./custom-fields";
import type { GhlContactEvent, GhlEvent, GhlMessageStatus, GhlWorkflowEvent } from "./ghl-events";
import { readDeliveryTime } from "./replay";

/** The contact as intake reads it; null is "not sent", never "erase". */
export interface GhlContact {
  firstName: string | null;
  lastName: string | null;
  email: string | null;
  /** E.164 ("+19095550100"); a number that cannot be a phone number is dropped. */
  phone: string | null;
  /** Null when the delivery carries no tags at all. */
  tags: string[] | null;
  address1: string | null;
  city: string | null;
  state: string | null;
  postalCode: string | null;
  source: string | null;
  timeZone: string | null;
  /** Do-not-disturb per channel (true: do not message); null when GHL said nothing. */
  doNotDisturb: { sms: boolean | null; email: boolean | null } | null;
  customFields: FlatCustomFields;
}

const NO_CONTACT: GhlContact = { firstName: null, lastName: null, email: null, phone: null, tags: null, address1: null, city: null, state: null, postalCode: null, source: null, timeZone: null, doNotDisturb: null, customFields: {} };

/** A GoHighLevel delivery reduced to what intake needs, whatever shape it came in. */
export interface NormalizedDelivery {
  eventType: string;
  locationId: string | null;
  contactId: string;
  /** GHL's own id for this delivery (webhookId, else messageId), stable across retries. */
  deliveryId: string | null;
  /** When GHL says it sent the delivery; used to refuse replays. */
  sentAt: Date | null;
  contact: GhlContact;
  /** True for a tag update: the tags are the contact's whole current set, so a removed tag goes. */
  replaceTags: boolean;
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

const text = (v: string | null | undefined) => v?.trim() || null;

/** A phone number as E.164, US numbers by default ("(909) 555-0100" -> "+19095550100"); null when it cannot be one. */
export function normalizePhone(raw: string | null | undefined): string | null {
  const parsed = raw?.trim() ? parsePhoneNumberFromString(raw, "US") : undefined;
  return parsed?.isPossible() ? parsed.number : null;
}

const emailSchema = z.email();
const readEmail = (v: string | null | undefined) => (v && emailSchema.safeParse(v.trim().toLowerCase()).success ? v.trim().toLowerCase() : null);

/** An IANA time zone this runtime knows ("America/Los_Angeles"); anything else is null. */
function readTimeZone(zone: string | null | undefined): string | null {
  if (!zone?.trim() || !/^[A-Za-z_]+(\/[A-Za-z0-9_+\-]+)*$/.test(zone.trim())) return null;
  try {
    return new Intl.DateTimeFormat("en-US", { timeZone: zone.trim() }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

const yes = (v: unknown) => v === true || v === "true";
const no = (v: unknown) => v === false || v === "false";

/** GHL's dnd (every channel) and dndSettings ({SMS: {status: "active"}}) as do-not-disturb per channel. */
function readDoNotDisturb(dnd: unknown, settings: Record<string, unknown> | null | undefined): GhlContact["doNotDisturb"] {
  const status = (name: string): boolean | null => {
    const entry = Object.entries(settings ?? {}).find(([k]) => k.toLowerCase() === name)?.[1] as { status?: unknown } | undefined;
    const s = typeof entry?.status === "string" ? entry.status.toLowerCase() : null;
    return s === "active" || s === "permanent" ? true : s === "inactive" ? false : null;
  };
  if (yes(dnd)) return { sms: true, email: true };
  const [sms, email] = [status("sms"), status("email")];
  if (no(dnd)) return { sms: sms ?? false, email: email ?? false };
  return sms === null && email === null ? null : { sms, email };
}

/** The contact of a contact event or a workflow webhook, each field cleaned or null. */
function readContact(c: GhlContactEvent | GhlWorkflowEvent["contact"]): GhlContact {
  const [first, ...rest] = (c.name ?? "").trim().split(/\s+/);
  return {
    firstName: text(c.firstName) ?? (first || null),
    lastName: text(c.lastName) ?? (rest.join(" ") || null),
    email: readEmail(c.email),
    phone: normalizePhone(c.phone),
    tags: c.tags ? [...new Set(c.tags.map((t) => t.trim()).filter(Boolean))] : null,
    address1: text(c.address1),
    city: text(c.city),
    state: text(c.state),
    postalCode: normalizeZip(c.postalCode),
    source: text(c.source),
    timeZone: readTimeZone(c.timezone),
    doNotDisturb: readDoNotDisturb(c.dnd, c.dndSettings),
    customFields: flattenCustomFields(c.customFields),
  };
}

/** Flattens any supported GHL event into one NormalizedDelivery. */
export function normalizeGhlEvent(parsed: GhlEvent): NormalizedDelivery {
  const e = parsed.event;
  const sentAt = toDate(e.timestamp);
  if (parsed.kind === "message") {
    const m = parsed.event;
    const message = { body: m.body, channel: CHANNELS[m.messageType] ?? "social", direction: m.direction, occurredAt: toDate(m.dateAdded) };
    return { eventType: m.type, locationId: m.locationId || null, contactId: m.contactId, deliveryId: m.webhookId ?? m.messageId ?? null, sentAt, contact: NO_CONTACT, replaceTags: false, message, clientType: inferClientType([], m.body) };
  }
  if (parsed.kind === "contact") {
    const c = parsed.event;
    const contact = readContact(c);
    const replaceTags = c.type === "ContactTagUpdate" && contact.tags !== null;
    return { eventType: c.type, locationId: c.locationId || null, contactId: c.id, deliveryId: c.webhookId ?? null, sentAt, contact, replaceTags, message: null, clientType: inferClientType(contact.tags ?? [], "") };
  }
  const w = parsed.event;
  const contact = readContact(w.contact);
  const body = w.message?.body ?? "";
  const message = w.message && body ? { body, channel: CHANNELS[w.message.type ?? ""] ?? "sms", direction: w.message.direction === "outbound" ? ("outbound" as const) : ("inbound" as const), occurredAt: null } : null;
  return { eventType: "WorkflowWebhook", locationId: w.location?.id ?? w.locationId ?? null, contactId: w.contact.id, deliveryId: w.webhookId ?? null, sentAt, contact, replaceTags: false, message, clientType: inferClientType(contact.tags ?? [], body) };
}

/** GoHighLevel's message status words, by what they mean for the outbox. */
const DELIVERED = new Set(["delivered", "read", "opened", "clicked", "completed"]);
const FAILED = new Set(["failed", "undelivered", "bounced", "rejected", "error", "spam", "blocked"]);
const SENT = new Set(["sent", "pending", "queued", "scheduled", "accepted", "connected"]);

/** A status event as the outbox reads it: the message, what became of it (null: a status that changes nothing), GHL's error words and when. */
export interface NormalizedMessageStatus {
  messageId: string;
  state: "sent" | "delivered" | "failed" | null;
  status: string | null;
  error: string | null;
  at: Date | null;
  sentAt: Date | null;
}

/** Reads an OutboundMessage or MessageStatus event: "read" and "opened" count as delivered, "undelivered" and "bounced" as failed. */
export function normalizeMessageStatus(e: GhlMessageStatus): NormalizedMessageStatus {
  const status = e.status?.trim().toLowerCase() || null;
  const state = !status ? null : DELIVERED.has(status) ? "delivered" : FAILED.has(status) ? "failed" : SENT.has(status) ? "sent" : null;
  const rawError = typeof e.error === "string" ? e.error : e.error?.message ?? null;
  return { messageId: e.messageId, state, status, error: rawError?.trim() || null, at: toDate(e.dateAdded), sentAt: toDate(e.timestamp) };
}
