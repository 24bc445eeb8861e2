import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { decryptToken, encryptToken, tokenKey } from "./token-crypto";

const TOKEN = "pit-3f6b2c1e-8d4a-4b7e-9c1d-2a5e7f9b0c3d";

describe("GoHighLevel token encryption", () => {
  it("round-trips, never shows the token in the ciphertext, and uses a fresh iv each time", () => {
    const key = randomBytes(32);
    const a = encryptToken(TOKEN, key);
    const b = encryptToken(TOKEN, key);
    expect(a).not.toBe(b);
    expect(a).not.toContain(TOKEN);
    expect(Buffer.from(a, "base64").toString("latin1")).not.toContain("pit-");
    expect(decryptToken(a, key)).toBe(TOKEN);
  });

  it("reads nothing with another key or from altered bytes", () => {
    const key = randomBytes(32);
    const stored = encryptToken(TOKEN, key);
    expect(decryptToken(stored, randomBytes(32))).toBeNull();
    const bytes = Buffer.from(stored, "base64");
    bytes[bytes.length - 1]! ^= 1;
    expect(decryptToken(bytes.toString("base64"), key)).toBeNull();
    expect(decryptToken("c2hvcnQ=", key)).toBeNull();
  });

  it("takes GHL_TOKEN_KEY when set, else derives one from AUTH_SECRET, and says what to set otherwise", () => {
    const explicit = randomBytes(32);
    expect(tokenKey({ GHL_TOKEN_KEY: explicit.toString("base64") })).toEqual(explicit);
    expect(() => tokenKey({ GHL_TOKEN_KEY: randomBytes(16).toString("base64") })).toThrow(/must be 32 bytes/);
    const derived = tokenKey({ AUTH_SECRET: "a-long-session-secret" });
    expect(derived).toHaveLength(32);
    expect(tokenKey({ AUTH_SECRET: "a-long-session-secret" })).toEqual(derived);
    expect(tokenKey({ AUTH_SECRET: "another-secret" })).not.toEqual(derived);
    expect(() => tokenKey({})).toThrow(/Set GHL_TOKEN_KEY .* or AUTH_SECRET/);
  });
});
