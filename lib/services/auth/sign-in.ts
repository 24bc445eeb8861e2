import type { Db } from "@/lib/db/client";
import { lockedMessage } from "@/lib/domain/auth/throttle-policy";
import { fail, ok, type Result } from "../result";
import { credentialsSchema, verifyCredentials, type VerifiedUser } from "../verify-credentials";
import { startSession } from "./sessions";
import { beginSignInAttempt, recordSignInFailure, recordSignInSuccess, type SignInThrottle } from "./sign-in-throttle";

/** Where a sign-in comes from and how long the session it starts may last. */
export interface SignInContext {
  address: string;
  userAgent: string | null;
  maxAgeSeconds: number;
  now?: Date;
}

export interface SignedIn extends VerifiedUser {
  sessionId: string;
}

export const WRONG_CREDENTIALS = "Wrong email or password. Check both and try again.";

/**
 * Signs in with email and password under the throttle: a locked email or address is refused
 * before any password is checked, even the right one; a wrong password counts against both;
 * the right one clears the email's counter and starts a session row. An unknown email is
 * counted, compared and locked exactly like a known one, so neither answer nor timing tells.
 */
export async function signInWithPassword(db: Db, throttle: SignInThrottle, input: unknown, context: SignInContext): Promise<Result<SignedIn>> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) return fail(400, parsed.error.issues[0]?.message ?? "Check the email and password");
  const attempt = await beginSignInAttempt(throttle, parsed.data.email, context.address);
  if (attempt.lock) return fail(403, lockedMessage(attempt.lock));
  const user = await verifyCredentials(db, parsed.data);
  if (!user) {
    const lock = await recordSignInFailure(throttle, attempt);
    return lock ? fail(403, lockedMessage(lock)) : fail(401, WRONG_CREDENTIALS);
  }
  await recordSignInSuccess(throttle, attempt);
  const now = context.now ?? new Date();
  const sessionId = await db.transaction((tx) =>
    startSession(tx, { organizationId: user.organizationId, userId: user.id, userAgent: context.userAgent, address: context.address, expiresAt: new Date(now.getTime() + context.maxAgeSeconds * 1000) }),
  );
  return ok({ ...user, sessionId });
}
