import { and, eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { recordAudit } from "@/lib/db/queries/audit";
import type { ViewerRecord } from "@/lib/db/queries/users";
import { seats } from "@/lib/db/schema";
import { publishEvent } from "@/lib/events/publish";
import { describeIssues, fail, ok, type Result } from "../result";
import { canManageQuality, MANAGE_REFUSAL } from "./manage-quality";

const resumeSchema = z.object({ seatId: z.guid("Choose the seat to resume") });

/**
 * Resumes a seat paused over its quality: clears paused_at so it sends again. A seat that is not
 * paused is refused (409) and nothing is written. Audit entry and live event go with the change.
 */
export async function resumeSeat(db: Db, viewer: ViewerRecord, input: unknown, now = new Date()): Promise<Result<{ seatId: string }>> {
  if (!canManageQuality(viewer)) return fail(403, MANAGE_REFUSAL);
  const parsed = resumeSchema.safeParse(input);
  if (!parsed.success) return fail(400, describeIssues(parsed.error));
  const org = viewer.organizationId;
  return db.transaction(async (tx) => {
    const [seat] = await tx.select({ id: seats.id, name: seats.name, pausedAt: seats.pausedAt }).from(seats).where(and(eq(seats.organizationId, org), eq(seats.id, parsed.data.seatId))).for("update");
    if (!seat) return fail(404, "No such seat on this team. Choose a seat from the quality report.");
    if (!seat.pausedAt) return fail(409, `${seat.name} is not paused; there is nothing to resume.`);
    await tx.update(seats).set({ pausedAt: null }).where(and(eq(seats.organizationId, org), eq(seats.id, seat.id)));
    await recordAudit(tx, { organizationId: org, actorType: "user", actorId: viewer.userId, action: "quality.seat_resumed", entityType: "seat", entityId: seat.id, data: { pausedAt: seat.pausedAt.toISOString() } });
    await publishEvent(tx, { type: "quality.action", organizationId: org, clientId: null, seatIds: [seat.id], summary: `${viewer.name} resumed ${seat.name}`, at: now });
    return ok({ seatId: seat.id });
  });
}
