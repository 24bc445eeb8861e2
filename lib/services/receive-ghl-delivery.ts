import { parseGhlEvent, parseGhlMessageStatus } from "@/lib/domain/intake/ghl-events";
import { normalizeGhlEvent, normalizeMessageStatus, type NormalizedDelivery } from "@/lib/domain/intake/normalize-ghl";
import { isFreshDelivery } from "@/lib/domain/intake/replay";
import { cleanText } from "@/lib/domain/input/clean-text";
import { isJsonObject, parseJsonInput } from "@/lib/domain/input/parse-json";
import type { Db } from "@/lib/db/client";
import { insertClientRequestOnce } from "@/lib/db/queries/client-requests";
import { findOrganizationByLocationWithSetting } from "@/lib/db/queries/organizations";
import { GHL_WEBHOOK_SETTING, ghlAuthConfigFrom, type StoredGhlSettings } from "./ghl-auth-config";
import { applyMessageStatus, type StatusOutcome } from "./outbox/status";
import { authenticateGhl, canCheckProof, sha256Hex } from "./webhook-auth";

/** Bodies above this size are refused before parsing. GHL events are a few kilobytes. */
export const MAX_WEBHOOK_BYTES = 256 * 1024;

export interface DeliveryResponse {
  status: number;
  body: { ok: boolean; error?: string; requestId?: string; duplicate?: boolean; messageStatus?: StatusOutcome };
}

const reply = (status: number, error: string): DeliveryResponse => ({ status, body: { ok: false, error } });

function locationOf(payload: unknown, url: URL): string | null {
  const p = payload as { locationId?: unknown; location?: { id?: unknown } };
  const candidate = p.locationId ?? p.location?.id ?? url.searchParams.get("locationId");
  return typeof candidate === "string" && candidate && candidate.length <= 100 ? cleanText(candidate) : null;
}

const unknownLocation = (locationId: string) => `Unknown locationId "${locationId}": the overseer connects it in the console under Settings > GoHighLevel locations > Add location`;

/**
 * What identifies a delivery without GHL's own id. A message is its text and time; a contact
 * event or workflow webhook is its whole body, so a retry (the same bytes) is recorded once while
 * the next change to the same contact is a delivery of its own.
 */
function contentKey(delivery: NormalizedDelivery, rawBody: Buffer): string {
  if (delivery.eventType !== "InboundMessage") return sha256Hex(`${delivery.eventType}\u0000${rawBody.toString("utf8")}`);
  return sha256Hex([delivery.eventType, delivery.contactId, delivery.message?.body ?? "", delivery.message?.occurredAt?.toISOString() ?? delivery.sentAt?.toISOString() ?? ""].join("\u0000"));
}

/**
 * Takes one GoHighLevel delivery: authenticates it (the signature is checked over the raw bytes
 * as sent), validates it, refuses replays and records it exactly once as a client request in
 * status "received"; a delivery status of a message the console sent (OutboundMessage,
 * MessageStatus) updates its outbox row instead and never becomes a client request. What is stored is the parsed payload with every string cleaned, so a NUL
 * or a broken emoji in a lead's message keeps the lead instead of failing every retry. Routing
 * happens after the answer, from the stored row, so a crash after answering loses nothing.
 */
export async function receiveGhlDelivery(db: Db, input: { rawBody: Buffer; headers: Headers; url: URL; now: Date }): Promise<DeliveryResponse> {
  if (input.rawBody.length > MAX_WEBHOOK_BYTES) return reply(413, `The body is ${input.rawBody.length} bytes; at most ${MAX_WEBHOOK_BYTES} are accepted`);
  const json = parseJsonInput(input.rawBody.toString("utf8"));
  if (!json.ok) return reply(400, json.error);
  const payload = json.value;
  if (!isJsonObject(payload)) return reply(400, "The body must be a JSON object: a GoHighLevel event such as {\"type\": \"InboundMessage\", …}");
  const locationId = locationOf(payload, input.url);
  const organization = locationId ? await findOrganizationByLocationWithSetting(db, locationId, GHL_WEBHOOK_SETTING) : null;
  const config = ghlAuthConfigFrom(organization?.setting as StoredGhlSettings | null | undefined);
  // A location no team has connected, with no key in the environment to check it by: the fix is in Settings, not in the signature.
  if (locationId && !organization && !canCheckProof(config)) return reply(422, unknownLocation(locationId));
  const auth = authenticateGhl(input.headers, input.rawBody, config);
  if (!auth.ok) return reply(401, auth.error);

  const status = parseGhlMessageStatus(payload);
  if (status) {
    if (!status.ok) return reply(400, status.error);
    if (!organization) return reply(422, unknownLocation(status.value.locationId));
    const update = normalizeMessageStatus(status.value);
    const fresh = isFreshDelivery(update.sentAt, input.now);
    if (!fresh.fresh) return reply(401, fresh.reason!);
    return { status: 200, body: { ok: true, messageStatus: await applyMessageStatus(db, organization.id, update, input.now) } };
  }
  const parsed = parseGhlEvent(payload);
  if (!parsed.ok) return reply(400, parsed.error);
  if (!locationId) return reply(400, "Missing field: locationId (workflow webhooks: add location.id to the payload or ?locationId= to the URL)");
  if (!organization) return reply(422, unknownLocation(locationId));
  const delivery = normalizeGhlEvent(parsed.value);
  const fresh = isFreshDelivery(delivery.sentAt, input.now);
  if (!fresh.fresh) return reply(401, fresh.reason!);

  const idempotencyKey = delivery.deliveryId ? `ghl:${delivery.deliveryId}` : `hash:${contentKey(delivery, input.rawBody)}`;
  const recorded = await insertClientRequestOnce(db, {
    organizationId: organization.id,
    source: "ghl_webhook",
    idempotencyKey,
    requestText: delivery.message?.body ?? null,
    payload: { event: payload, auth: auth.method },
    ghlContactId: delivery.contactId || null,
  });
  return { status: 200, body: { ok: true, requestId: recorded.id, duplicate: recorded.duplicate } };
}
