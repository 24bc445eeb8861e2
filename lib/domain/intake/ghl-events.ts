import { z } from "zod";
import { MAX_CUSTOM_FIELDS } from "./custom-fields";
import { readDeliveryTime } from "./replay";

const text = (max: number) => z.string().max(max);
const optionalText = (max: number) => z.string().max(max).optional().nullable();
const tags = z.array(z.string().max(100)).max(200).optional().nullable();
/** GHL's send time, checked for replays: absent is allowed (workflows send none), unreadable is refused. */
const timestamp = optionalText(40).refine((v) => readDeliveryTime(v) !== "invalid", "must be a date and time: ISO 8601 (2026-11-25T18:00:00Z) or epoch milliseconds");
/** Custom fields in the shapes GHL sends: [{id, value}], [{id, key, field_value}], or {name: value} (workflow webhooks). */
const customFields = z
  .union([
    z.array(z.looseObject({ id: z.string().max(100).optional(), key: z.string().max(100).optional(), name: z.string().max(100).optional() })).max(MAX_CUSTOM_FIELDS),
    z.record(z.string().max(100), z.unknown()).refine((o) => Object.keys(o).length <= MAX_CUSTOM_FIELDS, `holds at most ${MAX_CUSTOM_FIELDS} fields`),
  ], { message: "must be a list of {id, value} or an object of field name to value" })
  .optional()
  .nullable();

/** What GHL knows of a contact besides the name, in contact events and workflow webhooks alike. */
const contactDetails = {
  email: optionalText(254),
  phone: optionalText(40),
  address1: optionalText(200),
  city: optionalText(80),
  state: optionalText(40),
  postalCode: optionalText(20),
  country: optionalText(60),
  source: optionalText(120),
  timezone: optionalText(60),
  dnd: z.union([z.boolean(), z.string().max(10)]).optional().nullable(),
  /** Do-not-disturb per channel: {SMS: {status: "active"}, Email: {status: "inactive"}, …}. */
  dndSettings: z.record(z.string().max(40), z.unknown()).optional().nullable(),
  assignedTo: optionalText(100),
  tags,
  customFields,
};

export const GHL_MESSAGE_TYPES = ["SMS", "Email", "Call", "Voicemail", "GMB", "FB", "IG", "Live Chat", "WhatsApp"] as const;

/** GoHighLevel's InboundMessage event, flat as GHL sends it. */
const inboundMessage = z.object({
  type: z.literal("InboundMessage"),
  locationId: text(100),
  contactId: text(100).min(1, "contactId is empty"),
  conversationId: optionalText(100),
  messageId: optionalText(100),
  messageType: z.enum(GHL_MESSAGE_TYPES, { message: `must be one of ${GHL_MESSAGE_TYPES.join(", ")}` }),
  body: text(20_000).default(""),
  direction: z.enum(["inbound", "outbound"]).default("inbound"),
  dateAdded: optionalText(40),
  attachments: z.array(z.unknown()).max(50).optional().nullable(),
  status: optionalText(40),
  webhookId: optionalText(100),
  timestamp,
});

/** ContactCreate, ContactUpdate and ContactTagUpdate: the contact's fields at the top level. */
const contactEvent = z.object({
  type: z.enum(["ContactCreate", "ContactUpdate", "ContactTagUpdate"]),
  locationId: text(100),
  id: text(100).min(1, "id (the contact id) is empty"),
  firstName: optionalText(80),
  lastName: optionalText(80),
  name: optionalText(160),
  ...contactDetails,
  dateAdded: optionalText(40),
  webhookId: optionalText(100),
  timestamp,
});

/** A workflow "custom webhook": nested contact and message, no signature, no event type. */
const workflowEvent = z.object({
  contact: z.object({
    id: text(100).min(1, "contact.id is empty"),
    firstName: optionalText(80),
    lastName: optionalText(80),
    name: optionalText(160),
    ...contactDetails,
  }),
  message: z.object({ type: optionalText(40), body: text(20_000).default(""), direction: optionalText(20) }).optional().nullable(),
  location: z.object({ id: text(100) }).optional().nullable(),
  locationId: optionalText(100),
  webhookId: optionalText(100),
  timestamp,
});

/**
 * What GoHighLevel says about a message the console sent: the OutboundMessage event (flat, like
 * InboundMessage, with the message's status) and the message-status event. Matched to the
 * outbox by messageId; never a client request.
 */
const messageStatus = z.object({
  type: z.enum(["OutboundMessage", "MessageStatus"]),
  locationId: text(100),
  messageId: text(100).min(1, "messageId is empty"),
  status: optionalText(40),
  error: z.union([z.string().max(1000), z.looseObject({ message: z.string().max(1000).optional() })]).optional().nullable(),
  contactId: optionalText(100),
  conversationId: optionalText(100),
  messageType: optionalText(40),
  direction: optionalText(20),
  body: z.string().max(20_000).optional().nullable(),
  dateAdded: optionalText(40),
  webhookId: optionalText(100),
  timestamp,
});
export type GhlMessageStatus = z.infer<typeof messageStatus>;
export const GHL_STATUS_EVENT_TYPES = ["OutboundMessage", "MessageStatus"] as const;

export type GhlInboundMessage = z.infer<typeof inboundMessage>;
export type GhlContactEvent = z.infer<typeof contactEvent>;
export type GhlWorkflowEvent = z.infer<typeof workflowEvent>;
export type GhlEvent = { kind: "message"; event: GhlInboundMessage } | { kind: "contact"; event: GhlContactEvent } | { kind: "workflow"; event: GhlWorkflowEvent };

export type ParseResult = { ok: true; value: GhlEvent } | { ok: false; error: string };

/** A value for an error message: text quoted and cut short, anything else by its JSON type (never String(), which throws on {"toString": 1}). */
function shown(value: unknown): string {
  if (typeof value === "string") return `"${value.slice(0, 60)}"`;
  return value === null ? "null" : Array.isArray(value) ? "(an array)" : typeof value === "object" ? "(an object)" : String(value);
}

function valueAt(payload: unknown, path: PropertyKey[]): unknown {
  return path.reduce<unknown>((node, key) => (node && typeof node === "object" ? (node as Record<PropertyKey, unknown>)[key] : undefined), payload);
}

function firstIssue(payload: unknown, error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return "The payload is not a GoHighLevel event";
  const path = issue.path.join(".");
  if (path && valueAt(payload, issue.path) === undefined) return `Missing field: ${path}`;
  return `${path ? `${path}: ` : ""}${issue.message}`;
}

/**
 * Recognizes a GoHighLevel webhook payload (InboundMessage, contact events, or a workflow's nested
 * contact/message) and validates it; an error names the first bad or missing field.
 */
export function parseGhlEvent(payload: unknown): ParseResult {
  if (typeof payload !== "object" || payload === null || Array.isArray(payload)) return { ok: false, error: "The body must be a JSON object" };
  const type = (payload as { type?: unknown }).type;
  if (type === "InboundMessage") {
    const r = inboundMessage.safeParse(payload);
    return r.success ? { ok: true, value: { kind: "message", event: r.data } } : { ok: false, error: firstIssue(payload, r.error) };
  }
  if (type === "ContactCreate" || type === "ContactUpdate" || type === "ContactTagUpdate") {
    const r = contactEvent.safeParse(payload);
    return r.success ? { ok: true, value: { kind: "contact", event: r.data } } : { ok: false, error: firstIssue(payload, r.error) };
  }
  if (type !== undefined) return { ok: false, error: `Unsupported event type ${shown(type)}; send InboundMessage, OutboundMessage, MessageStatus, ContactCreate, ContactUpdate or ContactTagUpdate` };
  const r = workflowEvent.safeParse(payload);
  return r.success ? { ok: true, value: { kind: "workflow", event: r.data } } : { ok: false, error: firstIssue(payload, r.error) };
}

/**
 * Recognizes a delivery-status event (OutboundMessage, MessageStatus) and validates it; null when
 * the payload is some other event, for parseGhlEvent.
 */
export function parseGhlMessageStatus(payload: unknown): { ok: true; value: GhlMessageStatus } | { ok: false; error: string } | null {
  const type = (payload as { type?: unknown } | null)?.type;
  if (!(GHL_STATUS_EVENT_TYPES as readonly unknown[]).includes(type)) return null;
  const r = messageStatus.safeParse(payload);
  return r.success ? { ok: true, value: r.data } : { ok: false, error: firstIssue(payload, r.error) };
}
