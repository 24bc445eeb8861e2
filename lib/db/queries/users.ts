import { and, eq, isNull, sql } from "drizzle-orm";
import type { Db } from "../client";
import { rolePermissions, seats, users } from "../schema";

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
}

/** The signed-in person as the console needs them: role, seat and granted permissions. */
export async function getViewerRecord(db: Db, organizationId: string, userId: string): Promise<ViewerRecord | null> {
  const [row] = await db
    .select({ userId: users.id, organizationId: users.organizationId, name: users.name, email: users.email, role: users.role, seatId: seats.id })
    .from(users)
    .leftJoin(seats, and(eq(seats.organizationId, users.organizationId), eq(seats.userId, users.id)))
    .where(and(eq(users.organizationId, organizationId), eq(users.id, userId), isNull(users.disabledAt)))
    .limit(1);
  if (!row) return null;
  const granted = await db
    .select({ permission: rolePermissions.permission })
    .from(rolePermissions)
    .where(and(eq(rolePermissions.organizationId, organizationId), eq(rolePermissions.role, row.role)));
  return { ...row, seatId: row.seatId ?? null, permissions: granted.map((g) => g.permission) };
}
