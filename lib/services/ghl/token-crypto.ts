import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";

/**
 * GoHighLevel Private Integration tokens at rest: AES-256-GCM with node:crypto, stored as base64
 * of iv (12 bytes), auth tag (16) and ciphertext. The key is GHL_TOKEN_KEY (32 bytes, base64);
 * without it, a key derived with HKDF-SHA256 from AUTH_SECRET, so a zero-setup start still
 * encrypts. Changing either makes stored tokens unreadable: they are then pasted again.
 */

const IV_BYTES = 12;
const TAG_BYTES = 16;

/** The 32-byte key tokens are encrypted with; throws a message naming the variable to set. */
export function tokenKey(env: Readonly<Record<string, string | undefined>> = process.env): Buffer {
  const explicit = env.GHL_TOKEN_KEY?.trim();
  if (explicit) {
    const key = Buffer.from(explicit, "base64");
    if (key.length !== 32) throw new Error(`GHL_TOKEN_KEY must be 32 bytes in base64 (it decodes to ${key.length}); make one with: openssl rand -base64 32`);
    return key;
  }
  const secret = env.AUTH_SECRET?.trim();
  if (!secret) throw new Error("Set GHL_TOKEN_KEY (32 bytes, base64) or AUTH_SECRET so GoHighLevel tokens can be encrypted");
  return Buffer.from(hkdfSync("sha256", secret, "team-console", "ghl-location-token", 32));
}

/** Encrypts a token with a fresh random iv, so the same token never reads the same twice. */
export function encryptToken(token: string, key: Buffer = tokenKey()): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  const ciphertext = Buffer.concat([cipher.update(token, "utf8"), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), ciphertext]).toString("base64");
}

/** Decrypts a stored token; null when it was encrypted with another key or was altered. */
export function decryptToken(stored: string, key: Buffer = tokenKey()): string | null {
  const raw = Buffer.from(stored, "base64");
  if (raw.length <= IV_BYTES + TAG_BYTES) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", key, raw.subarray(0, IV_BYTES));
    decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    return Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}
