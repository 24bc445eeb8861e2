import { and, eq } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { recordAudit } from "@/lib/db/queries/audit";
import { users } from "@/lib/db/schema";
import { endSessionsWhere } from "../auth/sessions";
import { describeIssues, fail, ok, type Result } from "../result";
import { OVERSEER_COMMAND_ACTOR, overseerEmailSchema, overseerStep } from "./overseer-account";

export interface ResetOverseerPassword {
  userId: string;
  email: string;
  /** Live sign-in sessions of that overseer that the reset ended. */
  sessionsEnded: number;
}

/**
 * Gives the active overseer with this email a new password and ends all their live sessions
 * (revoked as password_changed), audited, in one transaction. Refuses, writing nothing, when the
 * password is not good enough or no active overseer has the email.
 */
export async function resetOverseerPassword(db: Db, input: { email: unknown; password: string }): Promise<Result<ResetOverseerPassword>> {
  const parsed = overseerEmailSchema.safeParse(input.email);
  if (!parsed.success) return fail(400, describeIssues(parsed.error));
  const email = parsed.data;
  return overseerStep(db, email, input.password, async ({ tx, organization, overseers, passwordHash }) => {
    const organizationId = organization.id;
    const overseer = overseers.find((o) => o.email.toLowerCase() === email);
    if (!overseer) {
      const others = overseers.map((o) => o.email).join(", ");
      const reason = others
        ? `No active overseer has the email ${email}; the active overseer is ${others}.`
        : `${organization.name} has no active overseer yet: run the command without --reset-password to create one.`;
      return fail(404, reason);
    }
    await tx.update(users).set({ passwordHash }).where(and(eq(users.organizationId, organizationId), eq(users.id, overseer.id)));
    const sessionsEnded = await endSessionsWhere(tx, { organizationId, userId: overseer.id, actorId: OVERSEER_COMMAND_ACTOR, actorType: "system" }, "password_changed");
    await recordAudit(tx, {
      organizationId, actorType: "system", actorId: OVERSEER_COMMAND_ACTOR, action: "user.password_reset", entityType: "user", entityId: overseer.id,
      data: { email, sessionsEnded },
    });
    return ok({ userId: overseer.id, email, sessionsEnded });
  });
}
