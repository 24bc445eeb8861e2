import { and, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import { can } from "@/lib/domain/auth/permissions";
import type { Db } from "@/lib/db/client";
import { recordAudit } from "@/lib/db/queries/audit";
import type { ViewerRecord } from "@/lib/db/queries/users";
import { escalationNotes, escalations } from "@/lib/db/schema";
import { publishEvent } from "@/lib/events/publish";
import { describeIssues, fail, ok, type Result } from "../result";

/** The most escalations one bulk acknowledgement takes: one inbox page. */
export const MAX_BULK = 200;

export const bulkAcknowledgeSchema = z.object({
  escalationIds: z
    .array(z.guid("Each escalation id must be a UUID"))
    .min(1, "Choose at least one escalation to acknowledge")
    .max(MAX_BULK, `Acknowledge at most ${MAX_BULK} escalations at once`)
    .transform((ids) => [...new Set(ids)]),
  note: z.string().trim().max(2000, "A note is at most 2,000 characters").optional(),
});

/**
 * Acknowledges several escalations with one action (a selection, or a whole group of repeats),
 * for people allowed to manage escalations, in one transaction: each open one becomes
 * acknowledged, takes the person as owner when it had none, gets the note and an audit entry.
 * Ones already acknowledged or resolved are left as they are and counted; an id that is not an
 * escalation of this organization refuses the whole request, and nothing changes.
 */
export async function acknowledgeEscalations(db: Db, viewer: ViewerRecord, input: unknown, now = new Date()): Promise<Result<{ acknowledged: number; alreadyHandled: number }>> {
  const parsed = bulkAcknowledgeSchema.safeParse(input);
  if (!parsed.success) return fail(400, describeIssues(parsed.error));
  if (!can(viewer.permissions, "escalations.manage")) return fail(403, "Only Jorge, or someone he allows to manage escalations, can do this.");
  const { escalationIds, note } = parsed.data;
  const org = viewer.organizationId;
  return db.transaction(async (tx) => {
    const rows = await tx.select().from(escalations).where(and(eq(escalations.organizationId, org), inArray(escalations.id, escalationIds))).orderBy(escalations.id).for("update");
    if (rows.length < escalationIds.length) {
      const missing = escalationIds.length - rows.length;
      return fail(404, `${missing === 1 ? "One of the chosen escalations does" : `${missing} of the chosen escalations do`} not exist here. Refresh the inbox and choose again.`);
    }
    const open = rows.filter((r) => r.status === "open");
    for (const row of open) {
      await tx
        .update(escalations)
        .set({ status: "acknowledged", acknowledgedAt: now, ownerUserId: row.ownerUserId ?? viewer.userId })
        .where(and(eq(escalations.organizationId, org), eq(escalations.id, row.id)));
      if (note) await tx.insert(escalationNotes).values({ organizationId: org, escalationId: row.id, authorUserId: viewer.userId, body: note, createdAt: now });
      await recordAudit(tx, { organizationId: org, actorType: "user", actorId: viewer.userId, action: "escalation.acknowledged", entityType: "escalation", entityId: row.id, data: { from: "open", to: "acknowledged", bulk: escalationIds.length } });
      await publishEvent(tx, { type: "escalation.acknowledged", organizationId: org, clientId: row.clientId, seatIds: row.seatId ? [row.seatId] : [], summary: `${viewer.name} acknowledged "${row.summary}"` });
    }
    return ok({ acknowledged: open.length, alreadyHandled: rows.length - open.length });
  });
}
