/**
 * The console's response security policy and its trust in forwarded headers, as plain functions:
 * proxy.ts applies them per request and next.config.ts gives the static part to the paths the
 * proxy skips.
 */

export interface HeaderEntry {
  key: string;
  value: string;
}

export interface PolicyOptions {
  /** Fresh for every request; Next.js stamps it on its own scripts and style tags. */
  nonce: string;
  /** The browser reached the console over HTTPS (see servedOverHttps). */
  https: boolean;
  /** `next dev`: React rebuilds server error stacks in the browser with eval. */
  development: boolean;
}

/** Browser features the console never uses; a script injected into a page cannot turn them on. */
const DISABLED_FEATURES = ["accelerometer", "autoplay", "browsing-topics", "camera", "display-capture", "geolocation", "gyroscope", "hid", "magnetometer", "microphone", "midi", "payment", "serial", "usb"];

/** Headers every response carries, pages, route handlers and static files alike. */
export const STATIC_SECURITY_HEADERS: readonly HeaderEntry[] = [
  // Settings shows API tokens: no page may render inside another site's frame (frame-ancestors
  // says so to current browsers, X-Frame-Options to older ones).
  { key: "X-Frame-Options", value: "DENY" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: DISABLED_FEATURES.map((feature) => `${feature}=()`).join(", ") },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  { key: "Cross-Origin-Resource-Policy", value: "same-origin" },
];

/** Files under /_next/static, /_next/image and /favicon.ico are never documents that run code. */
export const STATIC_ASSET_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** The request header that hands this request's nonce to the root layout. */
export const NONCE_HEADER = "x-nonce";

/**
 * Zod probes for eval with `new Function("")` when its first object schema is built; the probe
 * fails safely, but a strict CSP reports it as a violation. Jitless mode skips the probe; the
 * root layout runs this before any of the console's scripts load.
 */
export const ZOD_JITLESS_SCRIPT = "globalThis.__zod_globalConfig=Object.assign(globalThis.__zod_globalConfig||{},{jitless:true});";

/** Two years, the value browsers' preload lists ask for; sent only over HTTPS. */
export const HSTS_VALUE = "max-age=63072000; includeSubDomains";

/**
 * The Content-Security-Policy of a page. Scripts run only from the console's origin with this
 * request's nonce ('strict-dynamic' lets those load the chunks they import). Style elements need
 * the nonce too; style attributes are allowed inline because recharts sizes and positions its
 * SVG with style attributes and the score and load bars set their widths the same way, and a
 * nonce cannot be put on an attribute. The live feed's EventSource is same-origin (connect-src).
 */
export function contentSecurityPolicy({ nonce, https, development }: PolicyOptions): string {
  const directives: string[][] = [
    ["default-src", "'self'"],
    ["script-src", "'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(development ? ["'unsafe-eval'"] : [])],
    // Fallback for browsers without the -elem/-attr split; any nonce here would cancel 'unsafe-inline'.
    ["style-src", "'self'", "'unsafe-inline'"],
    // The development server injects its style tags without a nonce.
    ["style-src-elem", "'self'", development ? "'unsafe-inline'" : `'nonce-${nonce}'`],
    ["style-src-attr", "'unsafe-inline'"],
    ["img-src", "'self'", "data:", "blob:"],
    ["font-src", "'self'"],
    ["connect-src", "'self'"],
    ["object-src", "'none'"],
    ["base-uri", "'self'"],
    ["form-action", "'self'"],
    ["frame-ancestors", "'none'"],
    ...(https ? [["upgrade-insecure-requests"]] : []),
  ];
  return directives.map((directive) => directive.join(" ")).join("; ");
}

/** The headers the proxy adds to a page or route handler response on top of the static set. */
export function requestSecurityHeaders(options: PolicyOptions): HeaderEntry[] {
  return [
    { key: "Content-Security-Policy", value: contentSecurityPolicy(options) },
    ...(options.https ? [{ key: "Strict-Transport-Security", value: HSTS_VALUE }] : []),
  ];
}

/** TRUST_PROXY=true declares that a reverse proxy in front of the console sets the forwarded headers. */
export function trustProxyEnabled(setting: string | undefined): boolean {
  return setting?.trim().toLowerCase() === "true";
}

/**
 * Whether the browser reached the console over HTTPS. The console's server speaks plain HTTP, so
 * HTTPS always means a reverse proxy that ends TLS, and only its X-Forwarded-Proto can say so.
 * Next.js derives the request URL's protocol from that same header, so without TRUST_PROXY
 * neither can be believed: anyone can send "X-Forwarded-Proto: https" to http://localhost.
 */
export function servedOverHttps({ forwardedProto, trustProxy }: { forwardedProto: string | null; trustProxy: boolean }): boolean {
  return trustProxy && forwardedProto?.split(",")[0]?.trim().toLowerCase() === "https";
}

/** Headers a client could use to pose as a reverse proxy: host, scheme, port and address. */
export const FORWARDED_HEADERS = ["x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "x-forwarded-for", "forwarded", "x-real-ip"];

/**
 * The address the trusted reverse proxy saw connect: the last entry of X-Forwarded-For, because
 * the proxy appends its peer to whatever list the client sent.
 */
export function lastForwardedAddress(forwardedFor: string | null): string | null {
  const last = forwardedFor?.split(",").at(-1)?.trim();
  return last ? last : null;
}

/**
 * The request headers the console renders with. Without TRUST_PROXY every forwarded header is
 * removed; Next.js then fills X-Forwarded-Host from Host, X-Forwarded-Proto from the socket and
 * X-Forwarded-For with the socket's peer address. With TRUST_PROXY the proxy's headers stay and
 * X-Forwarded-For is cut to the one address the proxy saw. Either way X-Forwarded-For ends up as
 * exactly the client's address. The CSP goes on the request too (Next.js reads the nonce from it),
 * and the nonce alone in NONCE_HEADER; both replace whatever the client sent.
 */
export function trustedRequestHeaders(incoming: Headers, { trustProxy, csp, nonce }: { trustProxy: boolean; csp: string; nonce: string }): Headers {
  const headers = new Headers(incoming);
  if (trustProxy) {
    const address = lastForwardedAddress(headers.get("x-forwarded-for"));
    if (address) headers.set("x-forwarded-for", address);
    else headers.delete("x-forwarded-for");
  } else {
    for (const name of FORWARDED_HEADERS) headers.delete(name);
  }
  headers.set("content-security-policy", csp);
  headers.set(NONCE_HEADER, nonce);
  return headers;
}
