import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { CORRECTIVE_ACTION_OUTCOMES } from "@/lib/domain/team/vocabulary";
import type { Db } from "@/lib/db/client";
import { recordAudit } from "@/lib/db/queries/audit";
import type { ViewerRecord } from "@/lib/db/queries/users";
import { correctiveActions, seats } from "@/lib/db/schema";
import { publishEvent } from "@/lib/events/publish";
import { describeIssues, fail, ok, type Result } from "../result";
import { ACTION_WORDS, canManageQuality, MANAGE_REFUSAL } from "./manage-quality";

export const followUpSchema = z.object({
  actionId: z.guid("The corrective action id must be a UUID"),
  outcome: z.enum(CORRECTIVE_ACTION_OUTCOMES, { error: "Choose how it went: improved, no change or resolved" }),
  note: z.preprocess((v) => (v === null ? undefined : v), z.string().trim().max(4000, "A follow-up note is at most 4,000 characters").optional()),
});

/**
 * Records the follow-up of a corrective action: how it went and what was seen. An action is
 * followed up once; a second follow-up is refused and changes nothing. Audit entry and live
 * event are written in the same transaction.
 */
export async function followUpCorrectiveAction(db: Db, viewer: ViewerRecord, input: unknown, now = new Date()): Promise<Result<{ seatId: string }>> {
  if (!canManageQuality(viewer)) return fail(403, MANAGE_REFUSAL);
  const parsed = followUpSchema.safeParse(input);
  if (!parsed.success) return fail(400, describeIssues(parsed.error));
  const { actionId, outcome, note } = parsed.data;
  const org = viewer.organizationId;
  return db.transaction(async (tx) => {
    const [action] = await tx
      .select({ id: correctiveActions.id, seatId: correctiveActions.seatId, kind: correctiveActions.kind, followedUpAt: correctiveActions.followedUpAt, seatName: seats.name })
      .from(correctiveActions)
      .innerJoin(seats, and(eq(seats.organizationId, correctiveActions.organizationId), eq(seats.id, correctiveActions.seatId)))
      .where(and(eq(correctiveActions.organizationId, org), eq(correctiveActions.id, actionId)))
      .for("update", { of: correctiveActions });
    if (!action) return fail(404, "No such corrective action on this team; it may have been removed, or the link is wrong.");
    if (action.followedUpAt) return fail(409, "This action was already followed up; record a new action to look again.");
    await tx.update(correctiveActions).set({ followedUpAt: now, outcome, followUpNote: note || null }).where(and(eq(correctiveActions.organizationId, org), eq(correctiveActions.id, action.id)));
    await recordAudit(tx, { organizationId: org, actorType: "user", actorId: viewer.userId, action: "quality.action_followed_up", entityType: "corrective_action", entityId: action.id, data: { seatId: action.seatId, outcome } });
    await publishEvent(tx, { type: "quality.action", organizationId: org, clientId: null, seatIds: [action.seatId], summary: `${viewer.name} followed up ${ACTION_WORDS[action.kind] ?? "an action"} for ${action.seatName}: ${outcome.replace("_", " ")}`, at: now });
    return ok({ seatId: action.seatId });
  });
}
