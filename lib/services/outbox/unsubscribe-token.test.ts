import { randomBytes, randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { readUnsubscribeToken, signUnsubscribeToken, unsubscribeKey } from "./unsubscribe-token";

const key = unsubscribeKey({ AUTH_SECRET: "a-secret-for-the-unsubscribe-tests" });
const org = randomUUID();
const client = randomUUID();

describe("unsubscribe tokens", () => {
  it("round-trip the organization and client, in URL-safe characters", () => {
    const token = signUnsubscribeToken(org, client, key);
    expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(readUnsubscribeToken(token, key)).toEqual({ organizationId: org, clientId: client });
  });

  it("derive the same key from the same secret and another from another", () => {
    expect(unsubscribeKey({ AUTH_SECRET: "a-secret-for-the-unsubscribe-tests" }).equals(key)).toBe(true);
    const other = unsubscribeKey({ AUTH_SECRET: "another-secret" });
    expect(readUnsubscribeToken(signUnsubscribeToken(org, client, other), key)).toBeNull();
    expect(() => unsubscribeKey({})).toThrow("Set AUTH_SECRET");
  });

  it("refuse a token whose ids were changed, whose signature was altered, or that is cut or padded", () => {
    const raw = Buffer.from(signUnsubscribeToken(org, client, key), "base64url");
    const swapped = Buffer.from(raw);
    swapped[20] = swapped[20]! ^ 1;
    expect(readUnsubscribeToken(swapped.toString("base64url"), key)).toBeNull();
    const badMac = Buffer.from(raw);
    badMac[raw.length - 1] = badMac[raw.length - 1]! ^ 1;
    expect(readUnsubscribeToken(badMac.toString("base64url"), key)).toBeNull();
    expect(readUnsubscribeToken(raw.subarray(0, raw.length - 1).toString("base64url"), key)).toBeNull();
    expect(readUnsubscribeToken(Buffer.concat([raw, Buffer.from([0])]).toString("base64url"), key)).toBeNull();
  });

  it("refuse another version, random bytes and text that is not base64url", () => {
    const raw = Buffer.from(signUnsubscribeToken(org, client, key), "base64url");
    const v2 = Buffer.from(raw);
    v2[0] = 2;
    expect(readUnsubscribeToken(v2.toString("base64url"), key)).toBeNull();
    expect(readUnsubscribeToken(randomBytes(raw.length).toString("base64url"), key)).toBeNull();
    for (const bad of ["", "not a token", "%2e%2e", "a".repeat(87) + "=", "../../etc/passwd"]) expect(readUnsubscribeToken(bad, key)).toBeNull();
  });

  it("refuse to sign ids that are not UUIDs", () => {
    expect(() => signUnsubscribeToken("org-1", client, key)).toThrow('"org-1" is not one');
  });
});
