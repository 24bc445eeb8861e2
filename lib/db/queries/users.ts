import { and, asc, desc, eq, gt, isNotNull, isNull, sql } from "drizzle-orm";
import type { Db } from "../client";
import { rolePermissions, seats, userSessions, users } from "../schema";

/** Active users with this email in any organization; login picks the one whose password matches. */
export function findUsersByEmail(db: Db, email: string) {
  return db
    .select({ id: users.id, organizationId: users.organizationId, name: users.name, email: users.email, role: users.role, passwordHash: users.passwordHash })
    .from(users)
    .where(and(sql`lower(${users.email}) = lower(${email})`, isNull(users.disabledAt)));
}

export interface ViewerRecord {
  userId: string;
  organizationId: string;
  name: string;
  email: string;
  role: string;
  seatId: string | null;
  permissions: string[];
  /** The sign-in session the request came with; null or absent when loaded outside a request. */
  sessionId?: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The condition that a user_sessions row is live: not ended and not past its expiry. */
export const sessionIsLive = and(isNull(userSessions.revokedAt), gt(userSessions.expiresAt, sql`now()`));

/**
 * The signed-in person as the console needs them: role, seat and granted permissions. With a
 * session id (every request passes the one from its cookie) the same query requires that
 * session to be live and the user enabled, and marks it seen at most once a minute. Without
 * one it loads the person alone, for background work and tests.
 */
export async function getViewerRecord(db: Db, organizationId: string, userId: string, sessionId?: string): Promise<ViewerRecord | null> {
  if (sessionId !== undefined && !UUID.test(sessionId)) return null;
  const session = sessionId
    ? and(eq(userSessions.organizationId, users.organizationId), eq(userSessions.userId, users.id), eq(userSessions.id, sessionId), sessionIsLive)
    : sql`false`;
  const [row] = await db
    .select({
      userId: users.id, organizationId: users.organizationId, name: users.name, email: users.email, role: users.role, seatId: seats.id,
      stale: sql<boolean>`coalesce(${userSessions.lastSeenAt} < now() - interval '1 minute', false)`,
    })
    .from(users)
    .leftJoin(seats, and(eq(seats.organizationId, users.organizationId), eq(seats.userId, users.id)))
    .leftJoin(userSessions, session)
    .where(and(eq(users.organizationId, organizationId), eq(users.id, userId), isNull(users.disabledAt), sessionId ? isNotNull(userSessions.id) : undefined))
    .limit(1);
  if (!row) return null;
  if (sessionId && row.stale) {
    await db.update(userSessions).set({ lastSeenAt: sql`now()` }).where(and(eq(userSessions.organizationId, organizationId), eq(userSessions.id, sessionId)));
  }
  const granted = await db
    .select({ permission: rolePermissions.permission })
    .from(rolePermissions)
    .where(and(eq(rolePermissions.organizationId, organizationId), eq(rolePermissions.role, row.role)));
  return {
    userId: row.userId, organizationId: row.organizationId, name: row.name, email: row.email, role: row.role, seatId: row.seatId ?? null,
    permissions: granted.map((g) => g.permission), sessionId: sessionId ?? null,
  };
}

/** A user's live sign-in sessions, the most recently seen first. */
export function listLiveSessions(db: Db, organizationId: string, userId: string) {
  return db
    .select({ id: userSessions.id, createdAt: userSessions.createdAt, lastSeenAt: userSessions.lastSeenAt, expiresAt: userSessions.expiresAt, userAgent: userSessions.userAgent, address: userSessions.address })
    .from(userSessions)
    .where(and(eq(userSessions.organizationId, organizationId), eq(userSessions.userId, userId), sessionIsLive))
    .orderBy(desc(userSessions.lastSeenAt), desc(userSessions.createdAt));
}

export type LiveSession = Awaited<ReturnType<typeof listLiveSessions>>[number];

/** Every account of the organization with its seat and whether it is disabled, by name. */
export function listAccounts(db: Db, organizationId: string) {
  return db
    .select({ userId: users.id, name: users.name, email: users.email, role: users.role, disabledAt: users.disabledAt, seatId: seats.id })
    .from(users)
    .leftJoin(seats, and(eq(seats.organizationId, users.organizationId), eq(seats.userId, users.id)))
    .where(eq(users.organizationId, organizationId))
    .orderBy(asc(users.name));
}

export type AccountRow = Awaited<ReturnType<typeof listAccounts>>[number];
