import { spawn } from "node:child_process";
import path from "node:path";
import { and, eq, inArray, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ACTIVE_ASSIGNMENT_STATES } from "@/lib/domain/team/vocabulary";
import type { Database } from "@/lib/db/client";
import { assignmentEvents, assignments, clients, handoffs, seats } from "@/lib/db/schema";
import { createCoordinationFixture, insertOffer, type CoordinationFixture } from "@/lib/db/testing/coordination-fixture";
import { freshDatabase } from "@/lib/db/testing/databases";
import { expireOffer, sweepExpiredOffers } from "../offers/expire-offers";
import { respondToOffer } from "../offers/respond-to-offer";
import { runHandoffOps } from "../testing/handoff-ops";

const NOW = new Date("2026-11-25T18:00:00Z");

function secondProcess(url: string, args: object): Promise<{ code: number; out: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", path.join(import.meta.dirname, "..", "testing", "coordination-burst.ts"), url, JSON.stringify(args)], { stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.on("error", reject);
    child.on("exit", (code) => resolve({ code: code ?? 1, out }));
  });
}

describe.skipIf(!process.env.TEST_DATABASE_URL)("coordination invariants under concurrency, two processes on one PostgreSQL", () => {
  let database: Database;
  let fx: CoordinationFixture;
  const clientIds: string[] = [];
  const offerIds: string[] = [];
  beforeAll(async () => {
    database = await freshDatabase("postgres");
    const db = database.db;
    fx = await createCoordinationFixture(db);
    clientIds.push(fx.aliceClient.id, fx.bobClient.id);
    for (let i = 0; i < 4; i++) {
      const [c] = await db.insert(clients).values({ organizationId: fx.organizationId, firstName: `Burst ${i}`, email: `burst${i}@example.com`, type: "buyer", pipeline: "buyer", ownerSeatId: fx.carlSeat.id, optedOutAt: i === 0 ? NOW : null }).returning();
      await db.insert(assignments).values({ organizationId: fx.organizationId, clientId: c!.id, seatId: fx.carlSeat.id, teamRole: "lead", seatRole: "buyer_specialist", state: "accepted", respondedAt: NOW });
      clientIds.push(c!.id);
    }
    for (let i = 0; i < 20; i++) {
      const [c] = await db.insert(clients).values({ organizationId: fx.organizationId, firstName: `Waiting ${i}`, email: `waiting${i}@example.com`, type: "buyer", pipeline: "buyer" }).returning();
      offerIds.push((await insertOffer(db, fx, { clientId: c!.id, seatId: fx.aliceSeat.id, runnersUp: [fx.bobSeat.id, fx.carlSeat.id], expiresAt: new Date(NOW.getTime() - 1000) })).id);
    }
  }, 60_000);
  afterAll(async () => {
    await database?.close();
  });

  it("keeps one owner per client, all-or-nothing handoffs, the loop limits and single timeouts", async () => {
    const seatIds = [fx.aliceSeat.id, fx.bobSeat.id, fx.carlSeat.id, fx.aiSeat.id];
    const [here, there] = await Promise.all([
      Promise.all([runHandoffOps(database.db, fx.as.jorge, clientIds, seatIds, 50, NOW, 1), sweepExpiredOffers(database.db, NOW)]),
      secondProcess(database.url!, { viewer: fx.as.jorge, clientIds, seatIds, count: 30, now: NOW.toISOString() }),
    ]);
    expect(there.code).toBe(0);
    const tally: Record<string, number> = { ...here[0] };
    for (const [k, v] of Object.entries(JSON.parse(there.out) as Record<string, number>)) tally[k] = (tally[k] ?? 0) + v;
    console.log("80 concurrent handoff operations:", tally);
    expect(Object.keys(tally).filter((k) => k.startsWith("error"))).toEqual([]);
    expect(tally.completed).toBeGreaterThan(0);

    const db = database.db;
    const leads = await db.select().from(assignments).where(and(inArray(assignments.clientId, clientIds), eq(assignments.teamRole, "lead"), eq(assignments.state, "accepted")));
    const owners = await db.select({ id: clients.id, owner: clients.ownerSeatId, optedOutAt: clients.optedOutAt }).from(clients).where(inArray(clients.id, clientIds));
    for (const c of owners) {
      const mine = leads.filter((l) => l.clientId === c.id);
      expect(mine.map((l) => l.seatId)).toEqual([c.owner]);
      if (c.optedOutAt) expect(c.owner).not.toBe(fx.aiSeat.id);
    }
    const done = await db.select().from(handoffs).where(and(inArray(handoffs.clientId, clientIds), eq(handoffs.state, "completed")));
    for (const id of clientIds) {
      const mine = done.filter((h) => h.clientId === id);
      expect(mine.length).toBeLessThanOrEqual(3);
      const pairs = mine.map((h) => [h.fromSeatId, h.toSeatId].sort().join(">"));
      expect(new Set(pairs).size).toBe(pairs.length);
    }
    const placed = await db.select({ n: sql<number>`count(*)::int` }).from(assignments).where(and(inArray(assignments.clientId, clientIds), sql`${assignments.reason} like 'Handoff from%'`));
    expect(placed[0]!.n).toBe(done.length);
    expect(tally.completed).toBe(done.length);

    const timedOut = await db.select({ id: assignmentEvents.assignmentId, n: sql<number>`count(*)::int` }).from(assignmentEvents).where(and(inArray(assignmentEvents.assignmentId, offerIds), eq(assignmentEvents.state, "timed_out"))).groupBy(assignmentEvents.assignmentId);
    expect(timedOut.length).toBe(offerIds.length);
    expect(timedOut.every((t) => t.n === 1)).toBe(true);
    const successors = await db.select({ n: sql<number>`count(*)::int` }).from(assignments).where(sql`${assignments.scoreBreakdown}->>'fallbackFrom' in (${sql.join(offerIds.map((id) => sql`${id}`), sql`, `)})`);
    expect(successors[0]!.n).toBe(offerIds.length);

    const overfilled = await db
      .select({ id: seats.id })
      .from(seats)
      .leftJoin(assignments, and(eq(assignments.organizationId, seats.organizationId), eq(assignments.seatId, seats.id), inArray(assignments.state, [...ACTIVE_ASSIGNMENT_STATES])))
      .where(eq(seats.organizationId, fx.organizationId))
      .groupBy(seats.organizationId, seats.id)
      .having(sql`count(${assignments.id}) > ${seats.capacity}`);
    expect(overfilled).toEqual([]);
  }, 120_000);

  it("lets each racing accept and timeout of the same offer win once: never both, never an orphan fallback", async () => {
    const db = database.db;
    const due = new Date(NOW.getTime() + 3_600_000);
    const raced: { id: string; clientId: string }[] = [];
    for (let i = 0; i < 25; i++) {
      const [c] = await db.insert(clients).values({ organizationId: fx.organizationId, firstName: `Race ${i}`, email: `race${i}@example.com`, type: "buyer", pipeline: "buyer" }).returning();
      const offer = await insertOffer(db, fx, { clientId: c!.id, seatId: fx.carlSeat.id, runnersUp: [fx.bobSeat.id], expiresAt: due });
      raced.push({ id: offer.id, clientId: c!.id });
    }
    const answers = await Promise.all(raced.flatMap((o) => [
      respondToOffer(db, fx.as.carl, { assignmentId: o.id, answer: "accept" }, due).then((r) => (r.ok ? "accepted" : `refused ${r.status}`)),
      expireOffer(db, fx.organizationId, o.id, due).then((timedOut) => (timedOut ? "timed_out" : "no-op")),
    ]));
    console.log("50 racing answers:", answers.reduce<Record<string, number>>((t, a) => ({ ...t, [a]: (t[a] ?? 0) + 1 }), {}));
    for (const o of raced) {
      const events = await db.select({ state: assignmentEvents.state }).from(assignmentEvents).where(eq(assignmentEvents.assignmentId, o.id));
      const outcome = events.map((e) => e.state).filter((s) => s === "accepted" || s === "timed_out");
      expect(outcome).toHaveLength(1);
      const successors = await db.select().from(assignments).where(sql`${assignments.scoreBreakdown}->>'fallbackFrom' = ${o.id}`);
      const [owner] = await db.select({ o: clients.ownerSeatId }).from(clients).where(eq(clients.id, o.clientId));
      if (outcome[0] === "accepted") {
        expect(successors).toEqual([]);
        expect(owner!.o).toBe(fx.carlSeat.id);
      } else {
        expect(successors).toHaveLength(1);
        // The fallback is offered to a person, or taken at once by an AI seat that then owns the client.
        const next = successors[0]!;
        if (next.state === "accepted") expect(owner!.o).toBe(next.seatId);
        else expect([next.state, owner!.o]).toEqual(["offered", null]);
      }
    }
  }, 60_000);
});
