import { RateLimiterDrizzle, RateLimiterMemory, type RateLimiterAbstract, type RateLimiterRes } from "rate-limiter-flexible";
import type { Database } from "@/lib/db/client";
import { signInThrottle } from "@/lib/db/schema";
import {
  accountKey,
  lockBefore,
  scopesToLock,
  SIGN_IN_THROTTLE_POLICY,
  type AttemptCount,
  type SignInLock,
  type SignInThrottlePolicy,
  type ThrottleScope,
} from "@/lib/domain/auth/throttle-policy";

/** The two failed sign-in counters and the policy they enforce. */
export interface SignInThrottle {
  policy: SignInThrottlePolicy;
  limiters: Record<ThrottleScope, RateLimiterAbstract>;
}

/** One counted attempt: its keys, what the counters said, and the lock it ran into if any. */
export interface SignInAttempt {
  keys: Record<ThrottleScope, string>;
  counts: AttemptCount[];
  lock: SignInLock | null;
}

/**
 * Counters kept in the sign_in_throttle table on PostgreSQL, so every app process shares them;
 * in memory on the embedded database, which only ever runs in one process.
 */
export function createSignInThrottle(database: Pick<Database, "db" | "driver">, policy: SignInThrottlePolicy = SIGN_IN_THROTTLE_POLICY): SignInThrottle {
  const limiter = (scope: ThrottleScope): RateLimiterAbstract => {
    const options = { keyPrefix: `sign-in:${scope}`, points: policy[scope].failures, duration: policy[scope].windowSeconds };
    return database.driver === "postgres" ? new RateLimiterDrizzle({ ...options, storeClient: database.db, schema: signInThrottle }) : new RateLimiterMemory(options);
  };
  return { policy, limiters: { account: limiter("account"), address: limiter("address") } };
}

const countOf = (scope: ThrottleScope, res: RateLimiterRes): AttemptCount => ({ scope, attempts: res.consumedPoints, msLeft: Math.max(0, res.msBeforeNext) });
const SCOPES: readonly ThrottleScope[] = ["account", "address"];

/**
 * Counts an attempt against the email and the address before the password is checked, so
 * parallel guesses cannot all slip past the limit. A locked attempt checks no password at all.
 */
export async function beginSignInAttempt(throttle: SignInThrottle, email: string, address: string): Promise<SignInAttempt> {
  const keys = { account: accountKey(email), address };
  const counts = await Promise.all(SCOPES.map(async (scope) => countOf(scope, await throttle.limiters[scope].penalty(keys[scope]))));
  return { keys, counts, lock: lockBefore(throttle.policy, counts) };
}

/** After a wrong password: locks each counter that reached its limit; returns the resulting lock. */
export async function recordSignInFailure(throttle: SignInThrottle, attempt: SignInAttempt): Promise<SignInLock | null> {
  const scopes = scopesToLock(throttle.policy, attempt.counts);
  await Promise.all(scopes.map((scope) => throttle.limiters[scope].block(attempt.keys[scope], throttle.policy[scope].lockSeconds)));
  const locks = scopes.map((scope) => ({ scope, retryAfterSeconds: throttle.policy[scope].lockSeconds }));
  return locks.sort((a, b) => b.retryAfterSeconds - a.retryAfterSeconds)[0] ?? null;
}

/** After the right password: the account starts afresh and the address gets this attempt back. */
export async function recordSignInSuccess(throttle: SignInThrottle, attempt: SignInAttempt): Promise<void> {
  await Promise.all([throttle.limiters.account.delete(attempt.keys.account), throttle.limiters.address.reward(attempt.keys.address)]);
}
