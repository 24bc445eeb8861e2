import { createHash, createPublicKey, timingSafeEqual, verify, type KeyObject } from "node:crypto";

/** Where the keys and secrets for GoHighLevel deliveries come from (env, or the organization's settings). */
export interface GhlAuthConfig {
  /** GHL's Ed25519 public key: PEM, or base64 of the raw 32-byte key. */
  ed25519PublicKey?: string | null;
  /** The retired RSA-SHA256 scheme, accepted only when explicitly enabled. */
  legacyRsaPublicKey?: string | null;
  allowLegacyRsa?: boolean;
  /** SHA-256 hex of the secret token workflow custom webhooks send in X-Webhook-Token. */
  workflowTokenSha256?: string | null;
  /** Development only: accept deliveries that carry no proof at all. */
  allowUnsigned?: boolean;
}

export type AuthOutcome = { ok: true; method: "ed25519" | "rsa-sha256" | "token" | "unsigned" } | { ok: false; error: string };

const ED25519_SPKI_PREFIX = Buffer.from("302a300506032b6570032100", "hex");

const parsedKeys = new Map<string, KeyObject>();

/**
 * Reads an Ed25519 public key given as PEM or as base64 of its 32 raw bytes. Parsed keys are
 * kept: parsing costs more than the verification itself, and every delivery needs the key.
 */
export function ed25519Key(material: string): KeyObject {
  const cached = parsedKeys.get(material);
  if (cached) return cached;
  const key = parseEd25519Key(material);
  if (parsedKeys.size >= 32) parsedKeys.clear();
  parsedKeys.set(material, key);
  return key;
}

function parseEd25519Key(material: string): KeyObject {
  const trimmed = material.trim();
  if (trimmed.startsWith("-----BEGIN")) return createPublicKey(trimmed);
  const raw = Buffer.from(trimmed, "base64");
  if (raw.length !== 32) throw new Error("The Ed25519 public key must be PEM or base64 of 32 bytes");
  return createPublicKey({ key: Buffer.concat([ED25519_SPKI_PREFIX, raw]), format: "der", type: "spki" });
}

/** True when the text is an Ed25519 public key in a form ed25519Key accepts. */
export function isEd25519Key(material: string): boolean {
  try {
    ed25519Key(material);
    return true;
  } catch {
    return false;
  }
}

function safeVerify(algorithm: string | null, body: Buffer, key: KeyObject | string, signature: string): boolean {
  try {
    return verify(algorithm, body, key, Buffer.from(signature, "base64"));
  } catch {
    return false;
  }
}

/** Compares a presented token with the stored SHA-256 in constant time. */
export function tokenMatches(presented: string, storedSha256Hex: string): boolean {
  const a = createHash("sha256").update(presented).digest();
  const b = Buffer.from(storedSha256Hex, "hex");
  return a.length === b.length && timingSafeEqual(a, b);
}

export const sha256Hex = (value: string) => createHash("sha256").update(value).digest("hex");

/** True when the config can check some proof (a key or a token), or needs none; false when every delivery would be refused unchecked. */
export function canCheckProof(config: GhlAuthConfig): boolean {
  return Boolean(config.ed25519PublicKey || config.workflowTokenSha256 || (config.allowLegacyRsa && config.legacyRsaPublicKey) || config.allowUnsigned);
}

/**
 * Authenticates a GoHighLevel delivery the way GHL sends it today: an Ed25519 signature of the
 * raw body (X-GHL-Signature), the legacy RSA-SHA256 one (X-WH-Signature) only when enabled, or
 * the workflow secret token (X-Webhook-Token). A present but wrong proof never falls through.
 */
export function authenticateGhl(headers: Headers, rawBody: Buffer, config: GhlAuthConfig): AuthOutcome {
  const ghlSignature = headers.get("x-ghl-signature");
  if (ghlSignature) {
    if (!config.ed25519PublicKey) return { ok: false, error: "X-GHL-Signature received but no GHL public key is configured (set GHL_WEBHOOK_PUBLIC_KEY)" };
    return safeVerify(null, rawBody, ed25519Key(config.ed25519PublicKey), ghlSignature)
      ? { ok: true, method: "ed25519" }
      : { ok: false, error: "X-GHL-Signature does not match the body" };
  }
  const legacy = headers.get("x-wh-signature");
  if (legacy) {
    if (!config.allowLegacyRsa || !config.legacyRsaPublicKey) return { ok: false, error: "X-WH-Signature (RSA-SHA256) was retired by GoHighLevel and is not enabled here; use X-GHL-Signature" };
    return safeVerify("sha256", rawBody, config.legacyRsaPublicKey, legacy) ? { ok: true, method: "rsa-sha256" } : { ok: false, error: "X-WH-Signature does not match the body" };
  }
  const token = headers.get("x-webhook-token");
  if (token) {
    if (!config.workflowTokenSha256) return { ok: false, error: "X-Webhook-Token received but no workflow token is set for this team" };
    return tokenMatches(token, config.workflowTokenSha256) ? { ok: true, method: "token" } : { ok: false, error: "X-Webhook-Token is wrong" };
  }
  if (config.allowUnsigned) return { ok: true, method: "unsigned" };
  return { ok: false, error: "Unsigned delivery: send X-GHL-Signature, or X-Webhook-Token for workflow webhooks" };
}
