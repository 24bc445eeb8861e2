import { and, eq, inArray, sql } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { ACTIVE_ASSIGNMENT_STATES } from "@/lib/domain/team/vocabulary";
import { getViewerRecord, type ViewerRecord } from "@/lib/db/queries/users";
import { assignmentEvents, assignments, clients, handoffs, organizations, seatNotices, seats, users } from "@/lib/db/schema";
import { seedDatabase } from "@/lib/db/seed";
import { describeEachDriver } from "@/lib/db/testing/each-driver";
import { selectMoves } from "@/lib/domain/rebalance/select-moves";
import { applyRebalance } from "./apply-rebalance";
import { previewRebalance } from "./preview-rebalance";

describeEachDriver("rebalancing respects people's promises and asks Jorge which moves", ({ db }) => {
  let jorge: ViewerRecord;
  let org: string;
  const preview = async () => {
    const result = await previewRebalance(db(), jorge);
    if (!result.ok) throw new Error(result.error);
    return result.data;
  };
  const leadOf = async (clientId: string) => (await db().select().from(assignments).where(and(eq(assignments.clientId, clientId), eq(assignments.teamRole, "lead"), eq(assignments.state, "accepted"))))[0]!;

  beforeAll(async () => {
    await seedDatabase(db(), { seed: 23, asOf: new Date("2026-11-02T17:00:00Z"), clients: 200 });
    [{ id: org }] = (await db().select({ id: organizations.id }).from(organizations)) as [{ id: string }];
    const [overseer] = await db().select().from(users).where(and(eq(users.organizationId, org), eq(users.role, "overseer")));
    jorge = (await getViewerRecord(db(), org, overseer!.id))!;
    const loads = await db()
      .select({ id: seats.id, active: sql<number>`count(${assignments.id})::int` })
      .from(seats)
      .leftJoin(assignments, and(eq(assignments.seatId, seats.id), inArray(assignments.state, [...ACTIVE_ASSIGNMENT_STATES])))
      .where(sql`${seats.role} <> 'overseer'`)
      .groupBy(seats.organizationId, seats.id);
    for (const busy of loads.sort((a, b) => b.active - a.active).slice(0, 3)) await db().update(seats).set({ capacity: Math.max(1, busy.active - 3) }).where(eq(seats.id, busy.id));
  });

  it("applies only the moves Jorge kept and tells each seat that lost or gained a client why", async () => {
    const plan = await preview();
    expect(plan.plan.moves.length).toBeGreaterThan(0);
    const rooms = plan.seats.map((s) => ({ id: s.id, capacity: s.capacity, load: s.activeLoad }));
    const kept = plan.plan.moves.find((m) => m.from !== null && selectMoves(plan.plan.moves, rooms, new Set([m.client])).ok)!;
    const applied = await applyRebalance(db(), jorge, plan.planId, [kept.client]);
    expect(applied).toMatchObject({ ok: true, data: { moved: 1, seatsTold: 2 } });
    const [client] = await db().select().from(clients).where(eq(clients.id, kept.client));
    expect(client!.ownerSeatId).toBe(kept.to);
    const moveNotice = inArray(seatNotices.kind, ["client_moved_away", "client_moved_in"]);
    const notices = await db().select().from(seatNotices).where(and(eq(seatNotices.clientId, kept.client), moveNotice));
    expect(notices.map((n) => [n.seatId, n.kind]).sort()).toEqual([[kept.from, "client_moved_away"], [kept.to, "client_moved_in"]].sort());
    expect(notices.find((n) => n.kind === "client_moved_away")!.body).toMatch(/moved .+ to .+ when rebalancing the team: /);
    const left = plan.plan.moves.filter((m) => m.client !== kept.client).map((m) => m.client);
    if (left.length) expect(await db().select().from(seatNotices).where(and(inArray(seatNotices.clientId, left), moveNotice))).toEqual([]);
  });

  it("never moves a lead onto a seat that already supports the client", async () => {
    const [move] = (await preview()).plan.moves;
    expect(move).toBeDefined();
    const [target] = await db().select().from(seats).where(eq(seats.id, move!.to));
    await db().insert(assignments).values({ organizationId: org, clientId: move!.client, seatId: move!.to, teamRole: "support", seatRole: target!.role, state: "accepted", respondedAt: new Date() });
    const after = await preview();
    expect(after.plan.moves.find((m) => m.client === move!.client && m.to === move!.to)).toBeUndefined();
    expect(await applyRebalance(db(), jorge, after.planId)).toMatchObject({ ok: true });
  });

  it("leaves alone a client with a pending handoff, Jorge's personal clients and a person's fresh acceptance", async () => {
    const before = await preview();
    const [a, b, c] = before.movable.map((m) => m.client.id);
    const human = before.movable.find((m) => before.seats.find((s) => s.id === m.seatId)?.kind === "human");
    expect(human).toBeDefined();
    const lead = await leadOf(a!);
    await db().insert(handoffs).values({ organizationId: org, clientId: a!, fromSeatId: lead.seatId, toSeatId: before.seats.find((s) => s.id !== lead.seatId && s.role === lead.seatRole)!.id, kind: "transfer", initiatedBy: "seat", reason: "Client asked", dossier: {}, state: "proposed" });
    await db().update(clients).set({ tags: sql`array_append(${clients.tags}, 'jorge')` }).where(eq(clients.id, b === human!.client.id ? c! : b!));
    const tenMinutesAgo = new Date(Date.now() - 10 * 60_000);
    await db().update(assignments).set({ respondedAt: tenMinutesAgo }).where(eq(assignments.id, human!.assignmentId));
    const [holder] = await db().select().from(seats).where(eq(seats.id, human!.seatId));
    await db().insert(assignmentEvents).values({ organizationId: org, assignmentId: human!.assignmentId, clientId: human!.client.id, seatId: human!.seatId, state: "accepted", actorUserId: holder!.userId, at: tenMinutesAgo });
    const after = await preview();
    const reasons = new Map(after.staying.map((s) => [s.clientId, s.reason]));
    expect(reasons.get(a!)).toBe("pending_handoff");
    expect(reasons.get(b === human!.client.id ? c! : b!)).toBe("personal");
    expect(reasons.get(human!.client.id)).toBe("accepted_recently");
    const moved = new Set(after.plan.moves.map((m) => m.client));
    for (const id of reasons.keys()) expect(moved.has(id)).toBe(false);
  });

  it("refuses an empty or foreign selection without moving anyone", async () => {
    const plan = await preview();
    expect(await applyRebalance(db(), jorge, plan.planId, ["00000000-0000-4000-8000-000000000000"])).toMatchObject({ ok: false, status: 422 });
    expect(await applyRebalance(db(), jorge, plan.planId, [])).toMatchObject({ ok: false, status: 422, error: expect.stringContaining("No move is selected") });
  });
});
