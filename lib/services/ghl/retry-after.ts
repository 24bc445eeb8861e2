/** The longest wait a Retry-After may ask for before it is read as a day's limit reached (capped at one day). */
export const MAX_RETRY_AFTER_MS = 24 * 60 * 60_000;

/**
 * Reads an HTTP Retry-After header: delay-seconds ("30") or an HTTP date ("Wed, 21 Oct 2026
 * 07:28:00 GMT"), as milliseconds from `now`; null when absent or unreadable, zero for a date
 * already past, at most MAX_RETRY_AFTER_MS.
 */
export function parseRetryAfter(header: string | null | undefined, now: Date): number | null {
  const value = header?.trim();
  if (!value) return null;
  if (/^\d+(\.\d+)?$/.test(value)) return Math.min(Math.ceil(Number(value) * 1000), MAX_RETRY_AFTER_MS);
  if (!/[a-z]/i.test(value)) return null;
  const at = Date.parse(value);
  if (Number.isNaN(at)) return null;
  return Math.min(Math.max(0, at - now.getTime()), MAX_RETRY_AFTER_MS);
}
