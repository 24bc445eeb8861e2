import { addMinutes } from "./dates";
import type { ClientInfo, InteractionRow, SeedContext } from "./types";

/** The GHL location of the seeded organization. */
export const GHL_LOCATION_ID = "loc_jorge_rc";

const MESSAGE_TYPE: Record<string, string> = { sms: "SMS", email: "Email", chat: "Live Chat", social: "FB", call: "Call", voicemail: "Voicemail" };

/**
 * The recorded requests that brought clients in: GHL webhooks carrying the first message, web
 * forms and API submissions. Each client's first inbound interaction is the request's text.
 */
export function buildRequests(ctx: SeedContext): void {
  const rng = ctx.rng("requests");
  const first = new Map<string, InteractionRow>();
  for (const row of ctx.data.interactions) {
    const seen = first.get(row.clientId);
    if (row.direction === "inbound" && (!seen || row.occurredAt!.getTime() < seen.occurredAt!.getTime())) first.set(row.clientId, row);
  }
  const keys = { form: new Set<string>(), api: new Set<string>() };
  const unique = (set: Set<string>, prefix: string) => {
    let key = "";
    while (!key || set.has(key)) key = `${prefix}${rng.token(24)}`;
    set.add(key);
    return key;
  };
  for (const c of ctx.clients) {
    if (!c.requestId) continue;
    const message = first.get(c.id);
    const receivedAt = message?.occurredAt ?? c.createdAt;
    const text = message?.body ?? `New ${c.pipeline} inquiry from ${c.row.firstName}`;
    const source = c.row.ghlContactId && message?.externalId ? rng.weighted([["ghl_webhook", 80], ["form", 12], ["api", 8]] as const) : rng.weighted([["form", 70], ["api", 30]] as const);
    let payload: Record<string, unknown>;
    let idempotencyKey: string;
    if (source === "ghl_webhook") {
      idempotencyKey = message!.externalId!;
      payload = {
        type: "InboundMessage", locationId: GHL_LOCATION_ID, contactId: c.row.ghlContactId, conversationId: `conv_${rng.token(20)}`, messageId: idempotencyKey,
        messageType: MESSAGE_TYPE[message!.channel] ?? "SMS", body: text, direction: "inbound", dateAdded: receivedAt.toISOString(), attachments: [], status: "delivered",
      };
    } else if (source === "form") {
      idempotencyKey = unique(keys.form, "form_");
      payload = { form: c.pipeline === "seller" ? "home-value" : "buyer-consultation", ...contact(c), address: c.pipeline === "seller" && c.row.propertyAddress ? `${c.row.propertyAddress}, ${c.zip.city}, CA ${c.zip.zip}` : null, message: text, submittedAt: receivedAt.toISOString() };
    } else {
      idempotencyKey = unique(keys.api, "api_");
      payload = { source: rng.pick(["partner-referral", "relocation-desk", "open-house-app"]), client: contact(c), request: text, market: c.market.slug };
    }
    ctx.data.clientRequests.push({
      organizationId: ctx.orgId, id: c.requestId, clientId: c.id, source, idempotencyKey, requestText: text, payload, status: "routed", error: null,
      receivedAt, processedAt: addMinutes(receivedAt, rng.between(0.02, 0.08)),
    });
  }
}

function contact(c: ClientInfo) {
  return { firstName: c.row.firstName, lastName: c.row.lastName, email: c.row.email ?? null, phone: c.row.phone ?? null };
}
