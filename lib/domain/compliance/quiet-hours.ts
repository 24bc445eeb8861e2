import { tzOffset } from "@date-fns/tz";
import type { ReviewInput } from "./review-input";
import { isTimeZone, TEAM_TIME_ZONE } from "./time-zone";
import type { Finding } from "./verdict";

/** Marketing may reach a phone from 8:00 until just before 21:00 in the recipient's zone (TCPA, 47 CFR 64.1200(c)(1)). */
export const QUIET_HOURS = { opensAt: 8, closesAt: 21 } as const;

const QUARTER_HOUR = 15 * 60_000;
const offsets = new Map<string, number>();
const OFFSETS_LIMIT = 4_096;

/**
 * Minutes the zone is ahead of UTC at `at`. Zones change offset on quarter hours of UTC, so the
 * answer of @date-fns/tz is remembered per zone and quarter hour: a stream of messages sent
 * around the same time computes it once.
 */
function offsetMinutes(zone: string, at: number): number {
  const key = `${zone}|${Math.floor(at / QUARTER_HOUR)}`;
  let offset = offsets.get(key);
  if (offset === undefined) {
    offset = tzOffset(zone, new Date(at));
    if (offsets.size >= OFFSETS_LIMIT) offsets.clear();
    offsets.set(key, offset);
  }
  return offset;
}

/** The wall-clock hour and minute at `at` in `zone`, as "20:59". */
export function localClock(zone: string, at: number): { hour: number; minute: number; label: string } {
  const minutesOfDay = ((Math.floor((at + offsetMinutes(zone, at) * 60_000) / 60_000) % 1440) + 1440) % 1440;
  const hour = Math.floor(minutesOfDay / 60);
  const minute = minutesOfDay % 60;
  return { hour, minute, label: `${hour}:${String(minute).padStart(2, "0")}` };
}

/**
 * TCPA quiet hours: a marketing message to a phone (a text, a call or a voicemail; email is not a
 * phone) sent before 8:00 or at 21:00 or later where the recipient is blocks. Without a known
 * recipient zone the team's own (America/Los_Angeles) is used and an info finding says so.
 * Conversational and transactional messages have no quiet hours.
 */
export function checkQuietHours(input: ReviewInput, now: Date): { findings: Finding[]; quietHours: boolean } {
  if (input.purpose !== "marketing" || input.channel === "Email") return { findings: [], quietHours: false };
  const findings: Finding[] = [];
  let zone = input.recipientTimeZone;
  if (zone === undefined || !isTimeZone(zone)) {
    findings.push({
      rule: "tcpa", category: "time_zone", severity: "info", excerpt: zone ?? "",
      explanation: `${zone === undefined ? "The recipient's time zone is not known" : `"${zone}" is not a time zone`}, so quiet hours were checked in the team's zone (${TEAM_TIME_ZONE}).`,
      suggestion: "Record the client's time zone so quiet hours follow where they are.",
    });
    zone = TEAM_TIME_ZONE;
  }
  const sent = input.sentAt === undefined ? Number.NaN : Date.parse(input.sentAt);
  const at = Number.isNaN(sent) ? now.getTime() : sent;
  const clock = localClock(zone, at);
  const quietHours = clock.hour < QUIET_HOURS.opensAt || clock.hour >= QUIET_HOURS.closesAt;
  if (quietHours) {
    findings.push({
      rule: "tcpa", category: "quiet_hours", severity: "block", excerpt: input.sentAt ?? now.toISOString(),
      explanation: `It would arrive at ${clock.label} in ${zone}: marketing may reach a phone only from 8:00 to 21:00 in the recipient's local time.`,
      suggestion: "Schedule it for 8:00 or later in the recipient's time zone.",
    });
  }
  return { findings, quietHours };
}
