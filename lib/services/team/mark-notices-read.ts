import { and, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import type { ViewerRecord } from "@/lib/db/queries/users";
import { seatNotices } from "@/lib/db/schema";
import { describeIssues, fail, ok, type Result } from "../result";

/** What a person hears about a notice that is not their seat's (or when they hold no seat). */
export const NOT_YOUR_NOTICE = "No such notice for your seat; reload the inbox to see yours.";

const markSchema = z.union([
  z.object({ noticeId: z.guid("The notice id must be a UUID") }),
  z.object({ all: z.literal(true, "Say which notice to mark read") }),
], "Say which notice to mark read, or all of them");

/**
 * Marks one of the viewer's seat's notices read ({noticeId}), or every unread one ({all: true}).
 * A notice already read stays as it was; another seat's notice is "not found". Returns how many
 * notices were marked.
 */
export async function markNoticesRead(db: Db, viewer: ViewerRecord, input: unknown, now = new Date()): Promise<Result<{ marked: number }>> {
  const parsed = markSchema.safeParse(input);
  if (!parsed.success) return fail(400, describeIssues(parsed.error));
  const seatId = viewer.seatId;
  if (!seatId) return fail(404, NOT_YOUR_NOTICE);
  const mine = and(eq(seatNotices.organizationId, viewer.organizationId), eq(seatNotices.seatId, seatId));
  return db.transaction(async (tx) => {
    if ("noticeId" in parsed.data) {
      const [notice] = await tx.select({ id: seatNotices.id, readAt: seatNotices.readAt }).from(seatNotices).where(and(mine, eq(seatNotices.id, parsed.data.noticeId))).for("update");
      if (!notice) return fail(404, NOT_YOUR_NOTICE);
      if (notice.readAt) return ok({ marked: 0 });
      await tx.update(seatNotices).set({ readAt: now }).where(and(mine, eq(seatNotices.id, notice.id)));
      return ok({ marked: 1 });
    }
    const marked = await tx.update(seatNotices).set({ readAt: now }).where(and(mine, isNull(seatNotices.readAt))).returning({ id: seatNotices.id });
    return ok({ marked: marked.length });
  });
}
