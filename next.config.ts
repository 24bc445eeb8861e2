import type { NextConfig } from "next";
import { STATIC_ASSET_CSP, STATIC_SECURITY_HEADERS } from "./lib/http/security-headers";

const nextConfig: NextConfig = {
  // PGlite loads its WASM and data files from its own package folder; bundling it breaks that.
  // rate-limiter-flexible imports drizzle-orm by a computed name, which a bundle cannot follow.
  serverExternalPackages: ["@electric-sql/pglite", "postgres", "bcryptjs", "zipcodes", "pg-boss", "rate-limiter-flexible"],
  poweredByHeader: false,
  // A second build folder lets a benchmark or test build run beside the usual one.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // Every response gets the static security headers; the paths proxy.ts skips also get a
  // Content-Security-Policy here (the proxy gives pages theirs, with a per-request nonce).
  async headers() {
    const assetCsp = [{ key: "Content-Security-Policy", value: STATIC_ASSET_CSP }];
    return [
      { source: "/:path*", headers: [...STATIC_SECURITY_HEADERS] },
      { source: "/_next/static/:path*", headers: assetCsp },
      { source: "/_next/image", headers: assetCsp },
      { source: "/favicon.ico", headers: assetCsp },
    ];
  },
};

export default nextConfig;
