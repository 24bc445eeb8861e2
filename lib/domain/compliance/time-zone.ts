/** Time zones of the review: which names are real IANA zones, and the team's own zone. */

/** Jorge's team works from Rancho Cucamonga: the zone used when the recipient's is unknown. */
export const TEAM_TIME_ZONE = "America/Los_Angeles";

const known = new Map<string, boolean>();
const KNOWN_LIMIT = 1_000;

/**
 * True when `name` is a time zone the runtime knows (America/Los_Angeles, UTC, US/Pacific).
 * Answers are remembered (up to a thousand names) so a stream of messages pays the check once
 * per zone.
 */
export function isTimeZone(name: string): boolean {
  const cached = known.get(name);
  if (cached !== undefined) return cached;
  let valid = name.length > 0 && name.length <= 64;
  if (valid) {
    try {
      new Intl.DateTimeFormat("en-US", { timeZone: name });
    } catch {
      valid = false;
    }
  }
  if (known.size >= KNOWN_LIMIT) known.clear();
  known.set(name, valid);
  return valid;
}
