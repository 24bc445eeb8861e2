import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";

/** GoHighLevel's burst limit per location: 100 requests in 10 seconds. */
export const GHL_REQUESTS_PER_WINDOW = 100;
export const GHL_WINDOW_SECONDS = 10;

/** On globalThis so every bundle of this process (routes, instrumentation, jobs) shares one limiter. */
const holder = globalThis as unknown as { __ghlSendLimiter?: RateLimiterMemory };

function limiter(): RateLimiterMemory {
  return (holder.__ghlSendLimiter ??= new RateLimiterMemory({ keyPrefix: "ghl-send", points: GHL_REQUESTS_PER_WINDOW, duration: GHL_WINDOW_SECONDS }));
}

/**
 * Takes one of the location's sends in this process's window: 0 when the send may go now, else
 * the milliseconds until a place frees up. Other processes are not counted here; GoHighLevel's
 * 429 (with Retry-After) is what keeps several processes within the limit.
 */
export async function takeSendSlot(locationKey: string): Promise<number> {
  try {
    await limiter().consume(locationKey, 1);
    return 0;
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) return Math.max(1, rejection.msBeforeNext);
    throw rejection;
  }
}

/** Replaces the limiter (tests use a small window); null restores GoHighLevel's. */
export function setSendLimiter(points: number | null, durationSeconds = GHL_WINDOW_SECONDS): void {
  holder.__ghlSendLimiter = points === null ? undefined : new RateLimiterMemory({ keyPrefix: "ghl-send", points, duration: durationSeconds });
}
