import { createHmac, hkdfSync, timingSafeEqual } from "node:crypto";

/**
 * The token in an email's unsubscribe link: a version byte, the organization's and the client's
 * ids (16 bytes each) and an HMAC-SHA256 over those, in base64url. The key is derived with
 * HKDF-SHA256 from AUTH_SECRET, so only the console can make a link and nobody can turn one
 * client's link into another's. Links never expire: CAN-SPAM wants the unsubscribe to work for
 * at least 30 days after the email, and an old email's link should still work years later.
 * Changing AUTH_SECRET makes the links of emails already sent stop working.
 */

const VERSION = 1;
const ID_BYTES = 16;
const MAC_BYTES = 32;
const TOKEN_BYTES = 1 + 2 * ID_BYTES + MAC_BYTES;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Env = Readonly<Record<string, string | undefined>>;

/** The 32-byte key unsubscribe links are signed with; throws naming the variable to set. */
export function unsubscribeKey(env: Env = process.env): Buffer {
  const secret = env.AUTH_SECRET?.trim();
  if (!secret) throw new Error("Set AUTH_SECRET so unsubscribe links can be signed");
  return Buffer.from(hkdfSync("sha256", secret, "team-console", "unsubscribe-link", 32));
}

function idBytes(id: string): Buffer {
  if (!UUID.test(id)) throw new Error(`An unsubscribe link names ids as UUIDs; "${id}" is not one`);
  return Buffer.from(id.replace(/-/g, ""), "hex");
}

function idText(bytes: Buffer): string {
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const mac = (payload: Buffer, key: Buffer) => createHmac("sha256", key).update(payload).digest();

/** The signed token for one client of one organization. */
export function signUnsubscribeToken(organizationId: string, clientId: string, key: Buffer = unsubscribeKey()): string {
  const payload = Buffer.concat([Buffer.from([VERSION]), idBytes(organizationId), idBytes(clientId)]);
  return Buffer.concat([payload, mac(payload, key)]).toString("base64url");
}

/** The organization and client a token names, or null when it is malformed, of another version, or not signed with this key. */
export function readUnsubscribeToken(token: string, key: Buffer = unsubscribeKey()): { organizationId: string; clientId: string } | null {
  if (typeof token !== "string" || !/^[A-Za-z0-9_-]+$/.test(token)) return null;
  const raw = Buffer.from(token, "base64url");
  if (raw.length !== TOKEN_BYTES || raw[0] !== VERSION || raw.toString("base64url") !== token) return null;
  const payload = raw.subarray(0, 1 + 2 * ID_BYTES);
  if (!timingSafeEqual(raw.subarray(payload.length), mac(payload, key))) return null;
  return { organizationId: idText(raw.subarray(1, 1 + ID_BYTES)), clientId: idText(raw.subarray(1 + ID_BYTES, payload.length)) };
}
