/**
 * How the outbox retries a send GoHighLevel did not take: exponential backoff with jitter,
 * capped, at most MAX_SEND_ATTEMPTS calls, then failed with the last error in words. A 429's
 * Retry-After is honored as a floor; a 4xx other than 408 and 429 fails at once.
 */
export const MAX_SEND_ATTEMPTS = 6;
export const BASE_DELAY_MS = 15_000;
export const MAX_DELAY_MS = 15 * 60_000;
/** How long a claimed send may take before its outcome counts as unknown: the client's timeout and a margin. */
export const SEND_LEASE_MS = 60_000;

/**
 * The wait before the next try after `attempt` failed tries (1-based): base * 2^(attempt-1),
 * capped, with "equal jitter" (half fixed, half random) so many messages failing together do not
 * come back together; never less than what Retry-After asked for.
 */
export function retryDelayMs(attempt: number, retryAfterMs: number | null = null, random: () => number = Math.random): number {
  const exponential = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** Math.max(0, attempt - 1));
  const jittered = Math.round(exponential / 2 + (exponential / 2) * random());
  return Math.max(jittered, retryAfterMs ?? 0);
}

/** Whether a message that has been tried `attempts` times may be tried again. */
export function mayRetry(attempts: number): boolean {
  return attempts < MAX_SEND_ATTEMPTS;
}
