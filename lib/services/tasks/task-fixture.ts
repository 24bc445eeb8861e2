import { DEFAULT_ROLE_PERMISSIONS } from "@/lib/domain/auth/permissions";
import type { Db } from "@/lib/db/client";
import type { ViewerRecord } from "@/lib/db/queries/users";
import { tasks } from "@/lib/db/schema";
import type { CoordinationFixture } from "@/lib/db/testing/coordination-fixture";

/** A read-only viewer of the fixture's organization, with no seat. */
export function readOnlyViewer(fx: CoordinationFixture): ViewerRecord {
  return { userId: fx.overseer.id, organizationId: fx.organizationId, name: "Hannah Brooks", email: "hannah@example.com", role: "viewer", seatId: null, permissions: [...DEFAULT_ROLE_PERMISSIONS.viewer] };
}

/** One open task straight in the table, on a client of the fixture, owed by a seat. */
export async function insertTask(db: Db, fx: CoordinationFixture, t: { clientId: string; seatId: string | null; title?: string; dueAt?: Date | null; status?: "open" | "done" | "cancelled"; remindedAt?: Date }) {
  const [row] = await db
    .insert(tasks)
    .values({
      organizationId: fx.organizationId, clientId: t.clientId, seatId: t.seatId, title: t.title ?? "Call about the inspection", kind: "call",
      dueAt: t.dueAt === undefined ? new Date("2026-12-01T20:00:00Z") : t.dueAt, status: t.status ?? "open",
      completedAt: t.status === "done" ? new Date("2026-11-30T20:00:00Z") : null, remindedAt: t.remindedAt ?? null,
    })
    .returning();
  return row!;
}
