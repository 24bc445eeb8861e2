import { generateKeyPairSync, sign } from "node:crypto";
import fc from "fast-check";
import { bodyText, nastyString } from "@/lib/domain/input/testing/arbitraries";

/** The key pair the fuzzed deliveries are signed with; its public half goes in GHL_WEBHOOK_PUBLIC_KEY. */
export const ghlKeys = generateKeyPairSync("ed25519");
export const GHL_LOCATION = "loc_fuzz";
export const WORKFLOW_TOKEN = "workflow-secret";

const inbound = { type: "InboundMessage", locationId: GHL_LOCATION, contactId: "contact_1", messageId: "msg_1", messageType: "SMS", body: "Hi, we want to sell our house in Alta Loma", direction: "inbound", dateAdded: "2026-11-25T18:00:00Z" };
const contact = { type: "ContactCreate", locationId: GHL_LOCATION, id: "contact_2", firstName: "Ana", email: "ana@example.com", tags: ["seller"], webhookId: "wh_1" };
const workflow = { contact: { id: "contact_3", firstName: "Lupe", phone: "+19095550111", tags: ["buyer"] }, message: { type: "SMS", body: "Busco casa en Fontana" }, location: { id: GHL_LOCATION } };

/** How a delivery proves where it comes from: a valid signature (mostly), a wrong one, the workflow token, a guessed token, or nothing. */
const proof = fc.oneof({ weight: 6, arbitrary: fc.constant("signed") }, fc.constant("token"), fc.constant("bad-signature"), fc.constant("none"), nastyString.map((s) => `token:${s}`));

/** GoHighLevel deliveries of the three shapes it sends, fuzzed, with a proof and sometimes a ?locationId=. */
export const ghlDelivery = fc.record({ body: fc.oneof(bodyText(inbound), bodyText(contact), bodyText(workflow)), proof, query: fc.option(nastyString, { freq: 4 }) });

/** The webhook request a fuzzed delivery stands for, signed over its exact bytes when its proof says so. */
export function ghlRequest(d: { body: string | Uint8Array; proof: string; query: string | null }): Request {
  const bytes = Buffer.from(d.body);
  const headers = new Headers();
  if (d.proof === "signed") headers.set("x-ghl-signature", sign(null, bytes, ghlKeys.privateKey).toString("base64"));
  if (d.proof === "bad-signature") headers.set("x-ghl-signature", "bm9wZQ==");
  if (d.proof === "token") headers.set("x-webhook-token", WORKFLOW_TOKEN);
  if (d.proof.startsWith("token:")) headers.set("x-webhook-token", encodeURIComponent(d.proof.slice(6).toWellFormed()));
  const url = "http://console.test/api/webhooks/ghl";
  return new Request(d.query === null ? url : `${url}?locationId=${encodeURIComponent(d.query.toWellFormed())}`, { method: "POST", body: bytes, headers });
}
