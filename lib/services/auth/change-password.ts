import bcrypt from "bcryptjs";
import { and, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { recordAudit } from "@/lib/db/queries/audit";
import type { ViewerRecord } from "@/lib/db/queries/users";
import { users } from "@/lib/db/schema";
import { PASSWORD_COST } from "@/lib/db/seed/insert";
import { passwordChangeProblems, type PasswordContext } from "@/lib/domain/auth/password-rules";
import { lockedMessage } from "@/lib/domain/auth/throttle-policy";
import { fail, ok, type Result } from "../result";
import { endSessionsWhere, otherThan } from "./sessions";
import { beginSignInAttempt, recordSignInFailure, recordSignInSuccess, type SignInThrottle } from "./sign-in-throttle";

const changeSchema = z.object({ current: z.string().max(200), next: z.string().max(200), confirm: z.string().max(200) });

/**
 * What a new password of this viewer's is checked against: their email. The published demo
 * passwords are refused where a production account is created (the overseer command); on the
 * demo team a member may set the demo password back.
 */
export function passwordContextOf(viewer: Pick<ViewerRecord, "email">): PasswordContext {
  return { email: viewer.email, published: [] };
}

export const WRONG_CURRENT_PASSWORD = "That is not your current password. Type the password you signed in with.";

/**
 * Changes the viewer's password after checking the current one, and ends every other session
 * of theirs (this one stays signed in). Wrong current passwords count against the sign-in
 * throttle of the account, so a borrowed session cannot be used to guess the password.
 */
export async function changePassword(db: Db, throttle: SignInThrottle, viewer: ViewerRecord, input: unknown, address: string): Promise<Result<{ otherSessionsEnded: number }>> {
  const parsed = changeSchema.safeParse(input);
  if (!parsed.success) return fail(400, "Fill in your current password and the new one twice (at most 200 characters each).");
  const problems = Object.values(passwordChangeProblems(parsed.data, passwordContextOf(viewer)));
  if (problems.length > 0) return fail(400, problems.join(" "));
  const attempt = await beginSignInAttempt(throttle, viewer.email, address);
  if (attempt.lock) return fail(403, lockedMessage(attempt.lock));
  const [user] = await db
    .select({ passwordHash: users.passwordHash })
    .from(users)
    .where(and(eq(users.organizationId, viewer.organizationId), eq(users.id, viewer.userId), isNull(users.disabledAt)));
  if (!user) return fail(404, "Your account is no longer active; ask Jorge.");
  if (!(await bcrypt.compare(parsed.data.current, user.passwordHash))) {
    const lock = await recordSignInFailure(throttle, attempt);
    return lock ? fail(403, lockedMessage(lock)) : fail(401, WRONG_CURRENT_PASSWORD);
  }
  await recordSignInSuccess(throttle, attempt);
  const passwordHash = await bcrypt.hash(parsed.data.next, PASSWORD_COST);
  return db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash }).where(and(eq(users.organizationId, viewer.organizationId), eq(users.id, viewer.userId)));
    await recordAudit(tx, { organizationId: viewer.organizationId, actorType: "user", actorId: viewer.userId, action: "user.password_changed", entityType: "user", entityId: viewer.userId });
    const who = { organizationId: viewer.organizationId, userId: viewer.userId, actorId: viewer.userId };
    return ok({ otherSessionsEnded: await endSessionsWhere(tx, who, "password_changed", otherThan(viewer.sessionId)) });
  });
}
