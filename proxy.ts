import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, requestSecurityHeaders, servedOverHttps, trustedRequestHeaders, trustProxyEnabled } from "@/lib/http/security-headers";

/** A fresh, unguessable nonce for this request's Content-Security-Policy. */
function createNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}

/**
 * Runs before every page, server action and route handler: drops forwarded headers no trusted
 * reverse proxy vouches for, and sets the per-request Content-Security-Policy (whose nonce
 * Next.js stamps on its scripts) and, over HTTPS, Strict-Transport-Security. The headers that
 * never change come from next.config.ts.
 */
export function proxy(request: NextRequest) {
  const trustProxy = trustProxyEnabled(process.env.TRUST_PROXY);
  const https = servedOverHttps({ forwardedProto: request.headers.get("x-forwarded-proto"), trustProxy });
  const options = { nonce: createNonce(), https, development: process.env.NODE_ENV === "development" };
  const headers = trustedRequestHeaders(request.headers, { trustProxy, csp: contentSecurityPolicy(options), nonce: options.nonce });
  const response = NextResponse.next({ request: { headers } });
  for (const { key, value } of requestSecurityHeaders(options)) response.headers.set(key, value);
  return response;
}

export const config = {
  // Static files skip the proxy (they get the static headers from next.config.ts). Prefetches
  // are not skipped: forwarded headers must be dropped from every request that renders.
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
