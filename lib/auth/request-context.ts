import { getDatabase } from "@/lib/db/client";
import { trustProxyEnabled } from "@/lib/http/security-headers";
import { clientAddress } from "@/lib/services/auth/client-address";
import { createSignInThrottle, type SignInThrottle } from "@/lib/services/auth/sign-in-throttle";

/** How long a sign-in lasts before the console asks again; the session row expires with it. */
export const SESSION_MAX_AGE_SECONDS = Number(process.env.SESSION_MAX_AGE_SECONDS || 8 * 60 * 60);

/** Where a request comes from, as the sign-in and password services record and count it. */
export function requestContext(headers: Headers) {
  return {
    address: clientAddress(headers.get("x-forwarded-for"), trustProxyEnabled(process.env.TRUST_PROXY)),
    userAgent: headers.get("user-agent"),
    maxAgeSeconds: SESSION_MAX_AGE_SECONDS,
  };
}

const globalForThrottle = globalThis as unknown as { __signInThrottle?: SignInThrottle };

/** The process-wide sign-in throttle over the app's database (cached like the database itself). */
export function appSignInThrottle(): SignInThrottle {
  globalForThrottle.__signInThrottle ??= createSignInThrottle(getDatabase());
  return globalForThrottle.__signInThrottle;
}
