/**
 * How long an unanswered offer takes to fall back in practice: offers expiring 2 s after being
 * made are left unanswered, and the bench measures from each expiry to the moment the next seat
 * of the chain holds the offer, on the embedded database (in-process timers) and, when
 * TEST_DATABASE_URL is set, on PostgreSQL through pg-boss (one job per
 * offer, polled every 2 s, with the minute sweep as a safety net).
 * Usage: npx tsx scripts/bench/fallback.ts [offers=20]
 */
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Database } from "@/lib/db/client";
import { assignmentEvents, assignments, clients } from "@/lib/db/schema";
import { createCoordinationFixture, insertOffer } from "@/lib/db/testing/coordination-fixture";
import { freshDatabase } from "@/lib/db/testing/databases";
import { startInProcessQueue } from "@/lib/jobs/in-process-queue";
import { startPgBossQueue } from "@/lib/jobs/pg-boss-queue";
import { setJobQueue } from "@/lib/jobs/runtime";
import type { JobQueue } from "@/lib/jobs/types";
import { COORDINATION_JOBS } from "@/lib/services/background-jobs";
import { scheduleExpiry } from "@/lib/services/offers/assignment-log";

const OFFERS = Number(process.argv[2] ?? 20);
const pct = (xs: number[], p: number) => xs.sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)]!;

async function measure(label: string, database: Database, start: (database: Database) => Promise<JobQueue>) {
  const db = database.db;
  const fx = await createCoordinationFixture(db);
  const queue = await start(database);
  setJobQueue(queue);
  const ids: string[] = [];
  const expiries = new Map<string, number>();
  for (let i = 0; i < OFFERS; i++) {
    const [c] = await db.insert(clients).values({ organizationId: fx.organizationId, firstName: `Bench ${i}`, email: `bench${i}@example.com`, type: "buyer", pipeline: "buyer" }).returning();
    const expiresAt = new Date(Date.now() + 2000 + i * 50);
    const offer = await insertOffer(db, fx, { clientId: c!.id, seatId: fx.aliceSeat.id, runnersUp: [fx.bobSeat.id], expiresAt, offeredAt: new Date() });
    await scheduleExpiry(offer);
    ids.push(offer.id);
    expiries.set(offer.id, expiresAt.getTime());
  }
  const lateness = new Map<string, number>();
  const deadline = Date.now() + 120_000;
  while (lateness.size < ids.length && Date.now() < deadline) {
    const next = await db.select({ from: sql<string>`${assignments.scoreBreakdown}->>'fallbackFrom'`, at: assignments.offeredAt }).from(assignments).where(and(eq(assignments.organizationId, fx.organizationId), sql`${assignments.scoreBreakdown}->>'fallbackFrom' is not null`));
    for (const n of next) if (!lateness.has(n.from)) lateness.set(n.from, n.at.getTime() - expiries.get(n.from)!);
    await new Promise((r) => setTimeout(r, 100));
  }
  const timedOut = await db.select({ n: sql<number>`count(*)::int` }).from(assignmentEvents).where(and(inArray(assignmentEvents.assignmentId, ids), eq(assignmentEvents.state, "timed_out")));
  await queue.stop();
  setJobQueue(null);
  const ms = [...lateness.values()];
  await database.close();
  console.log(`${label}: ${ms.length}/${ids.length} offers fell back (${timedOut[0]!.n} timeout records); expiry to next offer p50 ${pct(ms, 50)} ms, p95 ${pct(ms, 95)} ms, max ${Math.max(...ms)} ms`);
}

await measure("embedded, in-process timers", await freshDatabase("pglite"), async (d) => startInProcessQueue(d.db, COORDINATION_JOBS));
if (process.env.TEST_DATABASE_URL) {
  await measure("PostgreSQL, pg-boss", await freshDatabase("postgres"), (d) => startPgBossQueue(d.url!, d.db, COORDINATION_JOBS));
} else {
  console.log("PostgreSQL, pg-boss: skipped (set TEST_DATABASE_URL to a PostgreSQL where databases may be created)");
}
