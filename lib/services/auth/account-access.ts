import { and, eq, isNotNull, isNull } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { recordAudit } from "@/lib/db/queries/audit";
import type { ViewerRecord } from "@/lib/db/queries/users";
import { users } from "@/lib/db/schema";
import { can } from "@/lib/domain/auth/permissions";
import { describeIssues, fail, ok, type Result } from "../result";
import { endSessionsWhere } from "./sessions";

const accessSchema = z.object({
  userId: z.guid("The account id must be a UUID; reload the page and try again."),
  disabled: z.boolean(),
});

/**
 * The overseer disables a team member's account (every session of theirs ends at once and
 * sign-in is refused) or enables it again. Nobody can disable their own account.
 */
export async function setAccountDisabled(db: Db, viewer: ViewerRecord, input: unknown): Promise<Result<{ sessionsEnded: number }>> {
  if (!can(viewer.permissions, "team.manage")) return fail(403, "Only the overseer can disable or enable accounts.");
  const parsed = accessSchema.safeParse(input);
  if (!parsed.success) return fail(400, describeIssues(parsed.error));
  const { userId, disabled } = parsed.data;
  if (userId === viewer.userId) return fail(409, "You cannot disable your own account; you would lock yourself out.");
  return db.transaction(async (tx) => {
    const changed = await tx
      .update(users)
      .set({ disabledAt: disabled ? new Date() : null })
      .where(and(eq(users.organizationId, viewer.organizationId), eq(users.id, userId), disabled ? isNull(users.disabledAt) : isNotNull(users.disabledAt)))
      .returning({ id: users.id, email: users.email });
    if (changed.length === 0) {
      const [exists] = await tx.select({ id: users.id }).from(users).where(and(eq(users.organizationId, viewer.organizationId), eq(users.id, userId)));
      return exists ? fail(409, `That account is already ${disabled ? "disabled" : "enabled"}; reload the page to see its state.`) : fail(404, "No account with this id on your team.");
    }
    const who = { organizationId: viewer.organizationId, userId, actorId: viewer.userId };
    const sessionsEnded = disabled ? await endSessionsWhere(tx, who, "user_disabled") : 0;
    await recordAudit(tx, { organizationId: viewer.organizationId, actorType: "user", actorId: viewer.userId, action: disabled ? "user.disabled" : "user.enabled", entityType: "user", entityId: userId, data: { email: changed[0]!.email, sessionsEnded } });
    return ok({ sessionsEnded });
  });
}
