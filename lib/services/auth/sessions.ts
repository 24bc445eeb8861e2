import { and, eq, ne, type SQL } from "drizzle-orm";
import { z } from "zod";
import type { Db, Tx } from "@/lib/db/client";
import { recordAudit } from "@/lib/db/queries/audit";
import { sessionIsLive } from "@/lib/db/queries/users";
import { userSessions } from "@/lib/db/schema";
import { fail, ok, type Result } from "../result";

/** Why a session ended; stored in user_sessions.revoked_reason. */
export type SessionEndReason = "signed_out" | "signed_out_everywhere" | "password_changed" | "user_disabled";

/** Whose sessions are meant, and by whom: the person themselves or the overseer. */
export interface SessionActor {
  organizationId: string;
  userId: string;
  sessionId?: string | null;
}

export interface NewSession {
  organizationId: string;
  userId: string;
  userAgent: string | null;
  address: string | null;
  expiresAt: Date;
}

/** Records a sign-in, inside the caller's transaction; returns the id the cookie will carry. */
export async function startSession(tx: Db | Tx, session: NewSession): Promise<string> {
  const [row] = await tx
    .insert(userSessions)
    .values({ ...session, userAgent: session.userAgent?.slice(0, 400) ?? null })
    .returning({ id: userSessions.id });
  await recordAudit(tx, { organizationId: session.organizationId, actorType: "user", actorId: session.userId, action: "session.started", entityType: "user_session", entityId: row!.id, data: { address: session.address } });
  return row!.id;
}

/**
 * Ends the user's live sessions that match, inside the caller's transaction, and audits the
 * ending when any did; returns how many ended.
 */
export async function endSessionsWhere(tx: Db | Tx, who: { organizationId: string; userId: string; actorId: string; actorType?: "user" | "system" }, reason: SessionEndReason, only?: SQL): Promise<number> {
  const ended = await tx
    .update(userSessions)
    .set({ revokedAt: new Date(), revokedReason: reason })
    .where(and(eq(userSessions.organizationId, who.organizationId), eq(userSessions.userId, who.userId), sessionIsLive, only))
    .returning({ id: userSessions.id });
  if (ended.length > 0) {
    await recordAudit(tx, { organizationId: who.organizationId, actorType: who.actorType ?? "user", actorId: who.actorId, action: "session.ended", entityType: "user", entityId: who.userId, data: { reason, sessionIds: ended.map((s) => s.id) } });
  }
  return ended.length;
}

/** Ends one of the person's own sessions (this one when signing out); answers 404 for any other. */
export async function endSession(db: Db, actor: SessionActor, sessionId: string, reason: SessionEndReason = "signed_out"): Promise<Result<{ thisDevice: boolean }>> {
  if (!z.guid().safeParse(sessionId).success) return fail(400, "The session id must be a UUID; reload the page and try again.");
  const who = { organizationId: actor.organizationId, userId: actor.userId, actorId: actor.userId };
  const count = await db.transaction((tx) => endSessionsWhere(tx, who, reason, eq(userSessions.id, sessionId)));
  if (count === 0) return fail(404, "That session has already ended or is not yours; reload the page to see your live sessions.");
  return ok({ thisDevice: sessionId === actor.sessionId });
}

/** Ends every live session of the person, this one included ("sign out everywhere"). */
export async function endAllSessions(db: Db, actor: SessionActor): Promise<Result<{ ended: number }>> {
  const who = { organizationId: actor.organizationId, userId: actor.userId, actorId: actor.userId };
  return ok({ ended: await db.transaction((tx) => endSessionsWhere(tx, who, "signed_out_everywhere")) });
}

/** The sessions other than this one, as a condition for endSessionsWhere. */
export function otherThan(sessionId: string | null | undefined): SQL | undefined {
  return sessionId ? ne(userSessions.id, sessionId) : undefined;
}
