import { spawn } from "node:child_process";
import path from "node:path";
import { and, eq, inArray, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ACTIVE_ASSIGNMENT_STATES } from "@/lib/domain/team/vocabulary";
import type { Database } from "@/lib/db/client";
import { assignments, clientRequests, organizations, seats } from "@/lib/db/schema";
import { seedDatabase } from "@/lib/db/seed";
import { freshDatabase } from "@/lib/db/testing/databases";

function burst(url: string, organizationId: string, prefix: string, count: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", path.join(import.meta.dirname, "testing", "submit-burst.ts"), url, organizationId, prefix, String(count)], { stdio: ["ignore", "inherit", "inherit"] });
    child.on("error", reject);
    child.on("exit", (code) => resolve(code ?? 1));
  });
}

describe.skipIf(!process.env.TEST_DATABASE_URL)("capacity with two app processes on one PostgreSQL", () => {
  let database: Database;
  let organizationId: string;
  beforeAll(async () => {
    database = await freshDatabase("postgres");
    await seedDatabase(database.db, { seed: 3, asOf: new Date("2026-11-02T17:00:00Z"), clients: 100 });
    organizationId = (await database.db.select({ id: organizations.id }).from(organizations))[0]!.id;
    await database.db.update(seats).set({ capacity: sql`least(${seats.capacity}, 3)` }).where(eq(seats.role, "buyer_specialist"));
    await database.db.update(assignments).set({ state: "rescinded", endedAt: new Date() }).where(eq(assignments.seatRole, "buyer_specialist"));
  });
  afterAll(async () => {
    await database?.close();
  });

  it("never overfills a seat when two processes route 40 requests each at the same moment", async () => {
    const codes = await Promise.all([burst(database.url!, organizationId, "left", 40), burst(database.url!, organizationId, "right", 40)]);
    expect(codes).toEqual([0, 0]);
    const overfilled = await database.db
      .select({ id: seats.id })
      .from(seats)
      .leftJoin(assignments, and(eq(assignments.organizationId, seats.organizationId), eq(assignments.seatId, seats.id), inArray(assignments.state, [...ACTIVE_ASSIGNMENT_STATES])))
      .groupBy(seats.organizationId, seats.id)
      .having(sql`count(${assignments.id}) > ${seats.capacity}`);
    expect(overfilled).toEqual([]);
    const [{ n }] = (await database.db.select({ n: sql<number>`count(*)::int` }).from(clientRequests).where(sql`${clientRequests.idempotencyKey} like 'ext:left-%' or ${clientRequests.idempotencyKey} like 'ext:right-%'`)) as [{ n: number }];
    expect(n).toBe(80);
  });
});
