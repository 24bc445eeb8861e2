import { and, inArray, isNotNull, isNull, sql } from "drizzle-orm";
import type { FollowUpCadence } from "@/lib/domain/followup/cadence";
import { dueFollowUp } from "@/lib/domain/followup/catch-up";
import { FOLLOW_UP_CADENCE, FOLLOW_UP_STAGES, SETTING_KEYS } from "@/lib/domain/settings/defaults";
import type { Db } from "@/lib/db/client";
import { getSettings } from "@/lib/db/queries/organizations";
import { clients, tasks } from "@/lib/db/schema";

const HORIZON_MS = 24 * 3_600_000;

/**
 * Schedules Jorge's follow-up cadence: for each client still being nurtured (an owner, a
 * nurturing stage, not opted out, no follow-up still open), the next attempt due within a day
 * becomes a follow-up task for the owner, inside 9am-6pm of the client's time zone. Attempt numbers are unique
 * per client, so two workers (or a rerun) never create the same attempt twice. Returns how many
 * tasks it created.
 */
export async function scheduleFollowUps(db: Db, now = new Date(), max = 1000): Promise<number> {
  const rows = await db
    .select({
      organizationId: clients.organizationId, id: clients.id, createdAt: clients.createdAt, timeZone: clients.timeZone, ownerSeatId: clients.ownerSeatId, first: clients.firstName, last: clients.lastName,
      pending: sql<boolean>`exists (select 1 from tasks t where t.organization_id = "clients"."organization_id" and t.client_id = "clients"."id" and t.kind = 'follow_up' and t.status = 'open')`,
      attempts: sql<number>`(select coalesce(max(t.attempt), 0) from tasks t where t.organization_id = "clients"."organization_id" and t.client_id = "clients"."id" and t.kind = 'follow_up')`.mapWith(Number),
    })
    .from(clients)
    .where(and(isNotNull(clients.ownerSeatId), isNull(clients.optedOutAt), inArray(clients.stage, [...FOLLOW_UP_STAGES])))
    .limit(max);
  const cadences = new Map<string, FollowUpCadence>();
  let created = 0;
  for (const c of rows) {
    if (c.pending) continue;
    if (!cadences.has(c.organizationId)) {
      const stored = (await getSettings(db, c.organizationId, [SETTING_KEYS.followUpCadence])).get(SETTING_KEYS.followUpCadence) as Partial<FollowUpCadence> | undefined;
      cadences.set(c.organizationId, { ...FOLLOW_UP_CADENCE, ...stored });
    }
    const cadence = cadences.get(c.organizationId)!;
    let due: Date | null;
    try {
      due = dueFollowUp(c.createdAt, c.attempts, c.timeZone, now, cadence);
    } catch {
      due = dueFollowUp(c.createdAt, c.attempts, "America/Los_Angeles", now, cadence);
    }
    if (!due || due.getTime() > now.getTime() + HORIZON_MS) continue;
    const attempt = c.attempts + 1;
    const inserted = await db
      .insert(tasks)
      .values({ organizationId: c.organizationId, clientId: c.id, seatId: c.ownerSeatId, title: `Follow up with ${`${c.first} ${c.last}`.trim()} (attempt ${attempt} of ${cadence.maxAttempts})`, kind: "follow_up", dueAt: due, attempt, createdAt: now })
      .onConflictDoNothing()
      .returning({ id: tasks.id });
    created += inserted.length;
  }
  return created;
}
