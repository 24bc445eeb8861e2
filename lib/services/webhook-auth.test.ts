import { generateKeyPairSync, sign } from "node:crypto";
import { describe, expect, it } from "vitest";
import { authenticateGhl, canCheckProof, sha256Hex } from "./webhook-auth";

const ed = generateKeyPairSync("ed25519");
const rsa = generateKeyPairSync("rsa", { modulusLength: 2048 });
const edPem = ed.publicKey.export({ type: "spki", format: "pem" }).toString();
const edRaw = (ed.publicKey.export({ type: "spki", format: "der" }) as Buffer).subarray(12).toString("base64");
const rsaPem = rsa.publicKey.export({ type: "spki", format: "pem" }).toString();
const body = Buffer.from(JSON.stringify({ type: "InboundMessage", body: "hi" }));
const headers = (h: Record<string, string>) => new Headers(h);

describe("authenticating GoHighLevel deliveries", () => {
  it("accepts an Ed25519 signature of the raw body, with the key as PEM or raw base64", () => {
    const signature = sign(null, body, ed.privateKey).toString("base64");
    expect(authenticateGhl(headers({ "x-ghl-signature": signature }), body, { ed25519PublicKey: edPem })).toEqual({ ok: true, method: "ed25519" });
    expect(authenticateGhl(headers({ "x-ghl-signature": signature }), body, { ed25519PublicKey: edRaw })).toEqual({ ok: true, method: "ed25519" });
  });

  it("refuses a signature of another body, a garbled one and another key's", () => {
    const other = sign(null, Buffer.from("{}"), ed.privateKey).toString("base64");
    expect(authenticateGhl(headers({ "x-ghl-signature": other }), body, { ed25519PublicKey: edPem }).ok).toBe(false);
    expect(authenticateGhl(headers({ "x-ghl-signature": "not base64 at all!" }), body, { ed25519PublicKey: edPem }).ok).toBe(false);
    const stranger = generateKeyPairSync("ed25519");
    const forged = sign(null, body, stranger.privateKey).toString("base64");
    expect(authenticateGhl(headers({ "x-ghl-signature": forged }), body, { ed25519PublicKey: edPem })).toEqual({ ok: false, error: "X-GHL-Signature does not match the body" });
  });

  it("accepts the retired RSA-SHA256 signature only when enabled", () => {
    const signature = sign("sha256", body, rsa.privateKey).toString("base64");
    expect(authenticateGhl(headers({ "x-wh-signature": signature }), body, { legacyRsaPublicKey: rsaPem }).ok).toBe(false);
    expect(authenticateGhl(headers({ "x-wh-signature": signature }), body, { legacyRsaPublicKey: rsaPem, allowLegacyRsa: true })).toEqual({ ok: true, method: "rsa-sha256" });
  });

  it("checks a workflow's secret token", () => {
    const config = { workflowTokenSha256: sha256Hex("s3cret-token") };
    expect(authenticateGhl(headers({ "x-webhook-token": "s3cret-token" }), body, config)).toEqual({ ok: true, method: "token" });
    expect(authenticateGhl(headers({ "x-webhook-token": "s3cret-tokeN" }), body, config).ok).toBe(false);
  });

  it("refuses an unsigned delivery unless development explicitly allows it", () => {
    expect(authenticateGhl(headers({}), body, { ed25519PublicKey: edPem })).toMatchObject({ ok: false, error: expect.stringMatching(/^Unsigned delivery/) });
    expect(authenticateGhl(headers({}), body, { allowUnsigned: true })).toEqual({ ok: true, method: "unsigned" });
  });

  it("never lets a bad signature fall through to the unsigned allowance", () => {
    expect(authenticateGhl(headers({ "x-ghl-signature": "AAAA" }), body, { ed25519PublicKey: edPem, allowUnsigned: true }).ok).toBe(false);
  });

  it("knows when nothing could check a delivery's proof", () => {
    expect(canCheckProof({})).toBe(false);
    expect(canCheckProof({ legacyRsaPublicKey: rsaPem })).toBe(false);
    for (const config of [{ ed25519PublicKey: edPem }, { workflowTokenSha256: sha256Hex("t") }, { legacyRsaPublicKey: rsaPem, allowLegacyRsa: true }, { allowUnsigned: true }]) expect(canCheckProof(config)).toBe(true);
  });
});
