/** How many failed sign-ins a key may collect in a window before it is locked, and for how long. */
export interface ThrottleRule {
  failures: number;
  windowSeconds: number;
  lockSeconds: number;
}

/** Failed sign-ins are counted per account (the lowercased email) and per client address. */
export type ThrottleScope = "account" | "address";

export type SignInThrottlePolicy = Record<ThrottleScope, ThrottleRule>;

/**
 * Five wrong passwords for one email in 15 minutes lock that email for 15 minutes; thirty from
 * one address lock the address, so guessing across many emails is slowed as well.
 */
export const SIGN_IN_THROTTLE_POLICY: SignInThrottlePolicy = {
  account: { failures: 5, windowSeconds: 15 * 60, lockSeconds: 15 * 60 },
  address: { failures: 30, windowSeconds: 15 * 60, lockSeconds: 15 * 60 },
};

/** One counter as the limiter reports it after this attempt was counted. */
export interface AttemptCount {
  scope: ThrottleScope;
  /** Attempts in the current window, this one included. */
  attempts: number;
  /** Milliseconds until the counter (or its lock) runs out. */
  msLeft: number;
}

export interface SignInLock {
  scope: ThrottleScope;
  retryAfterSeconds: number;
}

const lockOf = (count: AttemptCount): SignInLock => ({ scope: count.scope, retryAfterSeconds: Math.max(1, Math.ceil(count.msLeft / 1000)) });

/**
 * The lock this attempt runs into, or null. An attempt past the allowed failures is refused
 * before any password is checked; when both counters are over, the longer wait is reported.
 */
export function lockBefore(policy: SignInThrottlePolicy, counts: readonly AttemptCount[]): SignInLock | null {
  const over = counts.filter((c) => c.attempts > policy[c.scope].failures).map(lockOf);
  return over.sort((a, b) => b.retryAfterSeconds - a.retryAfterSeconds)[0] ?? null;
}

/** The scopes a failed attempt locks: those whose counter reached the allowed failures. */
export function scopesToLock(policy: SignInThrottlePolicy, counts: readonly AttemptCount[]): ThrottleScope[] {
  return counts.filter((c) => c.attempts >= policy[c.scope].failures).map((c) => c.scope);
}

/** The key an account is counted under: its email, trimmed and lowercased, known or not. */
export function accountKey(email: string): string {
  return email.trim().toLowerCase();
}

const minutes = (seconds: number) => {
  const n = Math.max(1, Math.ceil(seconds / 60));
  return `${n} ${n === 1 ? "minute" : "minutes"}`;
};

/** What a locked-out person reads: what happened and when to try again. */
export function lockedMessage(lock: SignInLock): string {
  const what = lock.scope === "account" ? "Too many sign-in attempts for this email." : "Too many sign-in attempts from this network.";
  return `${what} Wait ${minutes(lock.retryAfterSeconds)} and try again.`;
}
