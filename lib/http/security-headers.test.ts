import { runInNewContext } from "node:vm";
import fc from "fast-check";
import { getScriptNonceFromHeader } from "next/dist/server/app-render/get-script-nonce-from-header";
import { describe, expect, it } from "vitest";
import {
  contentSecurityPolicy,
  FORWARDED_HEADERS,
  lastForwardedAddress,
  NONCE_HEADER,
  requestSecurityHeaders,
  servedOverHttps,
  STATIC_SECURITY_HEADERS,
  trustedRequestHeaders,
  trustProxyEnabled,
  ZOD_JITLESS_SCRIPT,
} from "./security-headers";

const production = { nonce: "bm9uY2UtMTIz", https: false, development: false };

/** The CSP as directive name -> sources. */
function directives(csp: string): Map<string, string[]> {
  return new Map(csp.split(";").map((part) => part.trim().split(/\s+/)).map(([name, ...sources]) => [name ?? "", sources]));
}

describe("contentSecurityPolicy", () => {
  it("lets scripts run only from the console with this request's nonce", () => {
    const csp = directives(contentSecurityPolicy(production));
    expect(csp.get("script-src")).toEqual(["'self'", "'nonce-bm9uY2UtMTIz'", "'strict-dynamic'"]);
    expect(csp.get("object-src")).toEqual(["'none'"]);
    expect(csp.get("base-uri")).toEqual(["'self'"]);
    expect(csp.get("form-action")).toEqual(["'self'"]);
    expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
    expect(csp.get("connect-src")).toEqual(["'self'"]);
    expect(csp.get("img-src")).toEqual(["'self'", "data:", "blob:"]);
    expect(csp.get("font-src")).toEqual(["'self'"]);
  });

  it("allows eval only on the development server", () => {
    expect(contentSecurityPolicy(production)).not.toContain("unsafe-eval");
    expect(directives(contentSecurityPolicy({ ...production, development: true })).get("script-src")).toContain("'unsafe-eval'");
  });

  it("needs the nonce on style tags but allows style attributes, and never mixes a nonce into style-src", () => {
    const csp = directives(contentSecurityPolicy(production));
    expect(csp.get("style-src-elem")).toEqual(["'self'", "'nonce-bm9uY2UtMTIz'"]);
    expect(csp.get("style-src-attr")).toEqual(["'unsafe-inline'"]);
    expect(csp.get("style-src")?.some((source) => source.startsWith("'nonce-"))).toBe(false);
  });

  it("upgrades insecure requests only behind HTTPS", () => {
    expect(directives(contentSecurityPolicy(production)).has("upgrade-insecure-requests")).toBe(false);
    expect(directives(contentSecurityPolicy({ ...production, https: true })).has("upgrade-insecure-requests")).toBe(true);
  });

  it("carries a nonce Next.js reads back exactly, for any base64 nonce", () => {
    fc.assert(fc.property(fc.base64String({ minLength: 4 }), (nonce) => {
      expect(getScriptNonceFromHeader(contentSecurityPolicy({ ...production, nonce }))).toBe(nonce);
    }));
  });
});

describe("the header sets", () => {
  it("sends Strict-Transport-Security only over HTTPS", () => {
    expect(requestSecurityHeaders(production).map((h) => h.key)).toEqual(["Content-Security-Policy"]);
    expect(requestSecurityHeaders({ ...production, https: true })).toContainEqual({ key: "Strict-Transport-Security", value: expect.stringMatching(/^max-age=\d{8}/) });
  });

  it("forbids framing, sniffing and unused features on every response", () => {
    const statics = Object.fromEntries(STATIC_SECURITY_HEADERS.map((h) => [h.key, h.value]));
    expect(statics["X-Frame-Options"]).toBe("DENY");
    expect(statics["X-Content-Type-Options"]).toBe("nosniff");
    expect(statics["Referrer-Policy"]).toBe("strict-origin-when-cross-origin");
    expect(statics["Cross-Origin-Opener-Policy"]).toBe("same-origin");
    for (const feature of ["camera", "microphone", "geolocation", "payment", "usb"]) expect(statics["Permissions-Policy"]).toContain(`${feature}=()`);
    // A second CSP or an HSTS here would be sent beside the proxy's and over plain HTTP.
    expect(Object.keys(statics)).not.toContain("Content-Security-Policy");
    expect(Object.keys(statics)).not.toContain("Strict-Transport-Security");
  });
});

describe("trusting a reverse proxy", () => {
  it("is on only for TRUST_PROXY=true", () => {
    expect(trustProxyEnabled("true")).toBe(true);
    expect(trustProxyEnabled(" TRUE ")).toBe(true);
    for (const setting of [undefined, "", "false", "1", "yes"]) expect(trustProxyEnabled(setting)).toBe(false);
  });

  it("believes X-Forwarded-Proto: https only from a trusted proxy", () => {
    expect(servedOverHttps({ forwardedProto: "https", trustProxy: false })).toBe(false);
    expect(servedOverHttps({ forwardedProto: "https", trustProxy: true })).toBe(true);
    expect(servedOverHttps({ forwardedProto: "HTTPS, http", trustProxy: true })).toBe(true);
    expect(servedOverHttps({ forwardedProto: "http", trustProxy: true })).toBe(false);
    expect(servedOverHttps({ forwardedProto: null, trustProxy: true })).toBe(false);
  });

  it("takes the address the proxy saw, the last of X-Forwarded-For", () => {
    expect(lastForwardedAddress("6.6.6.6, 203.0.113.7")).toBe("203.0.113.7");
    expect(lastForwardedAddress("203.0.113.7")).toBe("203.0.113.7");
    expect(lastForwardedAddress(" , ")).toBeNull();
    expect(lastForwardedAddress(null)).toBeNull();
  });
});

describe("trustedRequestHeaders", () => {
  const spoofed = () => new Headers({
    host: "console.example",
    cookie: "authjs.session-token=abc",
    "x-forwarded-host": "evil.example",
    "x-forwarded-proto": "https",
    "x-forwarded-port": "443",
    "x-forwarded-for": "6.6.6.6, 203.0.113.7",
    forwarded: "for=6.6.6.6;host=evil.example",
    "x-real-ip": "6.6.6.6",
    "content-security-policy": "script-src 'nonce-chosen-by-the-client'",
  });

  it("drops every forwarded header when no proxy is trusted and keeps the rest", () => {
    const headers = trustedRequestHeaders(spoofed(), { trustProxy: false, csp: "script-src 'nonce-abc'", nonce: "abc" });
    for (const name of FORWARDED_HEADERS) expect(headers.has(name)).toBe(false);
    expect(headers.get("host")).toBe("console.example");
    expect(headers.get("cookie")).toBe("authjs.session-token=abc");
  });

  it("keeps a trusted proxy's host and scheme and cuts X-Forwarded-For to the client", () => {
    const headers = trustedRequestHeaders(spoofed(), { trustProxy: true, csp: "script-src 'nonce-abc'", nonce: "abc" });
    expect(headers.get("x-forwarded-host")).toBe("evil.example");
    expect(headers.get("x-forwarded-proto")).toBe("https");
    expect(headers.get("x-forwarded-for")).toBe("203.0.113.7");
  });

  it("replaces a Content-Security-Policy or nonce the client sent, so it cannot choose the nonce", () => {
    for (const trustProxy of [false, true]) {
      const incoming = spoofed();
      incoming.set(NONCE_HEADER, "chosen-by-the-client");
      const headers = trustedRequestHeaders(incoming, { trustProxy, csp: "script-src 'nonce-abc'", nonce: "abc" });
      expect(headers.get("content-security-policy")).toBe("script-src 'nonce-abc'");
      expect(headers.get(NONCE_HEADER)).toBe("abc");
    }
  });
});

describe("ZOD_JITLESS_SCRIPT", () => {
  it("turns on zod's jitless mode and keeps any other zod setting", () => {
    const sandbox: { globalThis?: unknown; __zod_globalConfig?: Record<string, unknown> } = { __zod_globalConfig: { locale: "en" } };
    sandbox.globalThis = sandbox;
    runInNewContext(ZOD_JITLESS_SCRIPT, sandbox);
    expect(sandbox.__zod_globalConfig).toEqual({ locale: "en", jitless: true });
  });
});
