/** How old a signed delivery may be before it is refused as a replay. */
export const MAX_DELIVERY_AGE_MS = 5 * 60 * 1000;
/** Clock skew tolerated for deliveries stamped slightly in the future. */
export const MAX_CLOCK_SKEW_MS = 60 * 1000;

/**
 * The instant a GoHighLevel time field names: ISO 8601 text or epoch milliseconds as digits.
 * Null when the field is absent or empty; "invalid" when it holds something else, which the
 * caller refuses rather than treating as absent (a garbage timestamp must not skip the replay
 * check).
 */
export function readDeliveryTime(value: string | null | undefined): Date | null | "invalid" {
  if (value === null || value === undefined || value.trim() === "") return null;
  const text = value.trim();
  const d = new Date(/^\d+$/.test(text) ? Number(text) : text);
  return Number.isNaN(d.getTime()) ? "invalid" : d;
}

/**
 * Whether a delivery's own timestamp is fresh enough to accept. Deliveries without a timestamp
 * pass (GHL workflow webhooks carry none); their replays are caught by idempotency instead.
 */
export function isFreshDelivery(sentAt: Date | null, now: Date, maxAgeMs = MAX_DELIVERY_AGE_MS): { fresh: boolean; reason?: string } {
  if (!sentAt) return { fresh: true };
  if (Number.isNaN(sentAt.getTime())) return { fresh: false, reason: "timestamp: not a date and time; send ISO 8601 or epoch milliseconds" };
  const age = now.getTime() - sentAt.getTime();
  if (age > maxAgeMs) return { fresh: false, reason: `The delivery is ${Math.round(age / 1000)} s old; deliveries older than ${maxAgeMs / 1000} s are refused as replays` };
  if (age < -MAX_CLOCK_SKEW_MS) return { fresh: false, reason: "The delivery's timestamp is in the future; check the sender's clock" };
  return { fresh: true };
}
