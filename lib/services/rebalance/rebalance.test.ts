import { and, eq, inArray, sql } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { ACTIVE_ASSIGNMENT_STATES } from "@/lib/domain/team/vocabulary";
import { getViewerRecord, type ViewerRecord } from "@/lib/db/queries/users";
import { assignmentEvents, assignments, auditLog, clients, handoffs, organizations, seats, users } from "@/lib/db/schema";
import { parseDossier } from "@/lib/domain/handoff/dossier";
import { seedDatabase } from "@/lib/db/seed";
import { describeEachDriver } from "@/lib/db/testing/each-driver";
import { applyRebalance } from "./apply-rebalance";
import { previewRebalance } from "./preview-rebalance";

describeEachDriver("rebalancing the team", ({ db }) => {
  let jorge: ViewerRecord;
  let member: ViewerRecord;
  const load = async () =>
    db()
      .select({ id: seats.id, capacity: seats.capacity, active: sql<number>`count(${assignments.id})::int` })
      .from(seats)
      .leftJoin(assignments, and(eq(assignments.organizationId, seats.organizationId), eq(assignments.seatId, seats.id), inArray(assignments.state, [...ACTIVE_ASSIGNMENT_STATES])))
      .groupBy(seats.organizationId, seats.id);

  beforeAll(async () => {
    await seedDatabase(db(), { seed: 11, asOf: new Date("2026-11-02T17:00:00Z"), clients: 200 });
    const [org] = await db().select({ id: organizations.id }).from(organizations);
    const people = await db().select().from(users).where(eq(users.organizationId, org!.id));
    jorge = (await getViewerRecord(db(), org!.id, people.find((u) => u.role === "overseer")!.id))!;
    member = (await getViewerRecord(db(), org!.id, people.find((u) => u.role === "agent")!.id))!;
    // Squeeze one busy AI buyer specialist so the preview has an overloaded seat to relieve.
    const [busy] = await load().then((rows) => rows.filter((r) => r.active > 4).sort((a, b) => b.active - a.active));
    await db().update(seats).set({ capacity: Math.max(1, busy!.active - 3) }).where(eq(seats.id, busy!.id));
  });

  it("previews moves that relieve overloaded seats without overfilling any", async () => {
    const preview = await previewRebalance(db(), jorge);
    if (!preview.ok) throw new Error(preview.error);
    const { plan } = preview.data;
    expect(plan.overloadedBefore.length).toBeGreaterThan(0);
    expect(plan.moves.length).toBeGreaterThan(0);
    expect(plan.totalAfter).toBeGreaterThanOrEqual(plan.totalBefore - 1e-6);
    const capacity = new Map(preview.data.seats.map((s) => [s.id, s.capacity]));
    for (const [seat, n] of Object.entries(plan.loadAfter)) if (!plan.unplaced.length) expect(n).toBeLessThanOrEqual(capacity.get(seat)!);
  });

  it("applies the previewed plan in one transaction, with a handoff and an audit entry per move", async () => {
    const preview = await previewRebalance(db(), jorge);
    if (!preview.ok) throw new Error(preview.error);
    const moves = preview.data.plan.moves;
    const applied = await applyRebalance(db(), jorge, preview.data.planId);
    expect(applied).toMatchObject({ ok: true, data: { moved: moves.length } });
    const first = moves[0]!;
    const [client] = await db().select().from(clients).where(eq(clients.id, first.client));
    expect(client!.ownerSeatId).toBe(first.to);
    const [handoff] = await db().select().from(handoffs).where(and(eq(handoffs.clientId, first.client), eq(handoffs.initiatedBy, "rebalance")));
    expect(parseDossier(handoff!.dossier).profile.name).toBe(`${client!.firstName} ${client!.lastName}`.trim());
    const changes = await db().select().from(assignmentEvents).where(and(eq(assignmentEvents.clientId, first.client), sql`${assignmentEvents.reason} like 'Rebalanced by%'`));
    expect(changes.map((e) => e.state).sort()).toEqual(["accepted", "rescinded"]);
    expect(await db().select().from(auditLog).where(and(eq(auditLog.entityId, first.client), eq(auditLog.action, "client.rebalanced")))).toHaveLength(1);
    const overfilled = (await load()).filter((r) => r.active > r.capacity);
    expect(overfilled).toEqual([]);
    const after = await previewRebalance(db(), jorge);
    expect(after.ok && after.data.plan.moves).toEqual([]);
  });

  it("refuses a stale preview with 409 and changes nothing", async () => {
    const before = await db().select({ n: sql<number>`count(*)::int` }).from(handoffs);
    expect(await applyRebalance(db(), jorge, "0000000000000000")).toMatchObject({ ok: false, status: 409 });
    expect(await db().select({ n: sql<number>`count(*)::int` }).from(handoffs)).toEqual(before);
  });

  it("is the overseer's alone", async () => {
    expect(await previewRebalance(db(), member)).toMatchObject({ ok: false, status: 403 });
    expect(await applyRebalance(db(), member, "x")).toMatchObject({ ok: false, status: 403 });
  });
});
