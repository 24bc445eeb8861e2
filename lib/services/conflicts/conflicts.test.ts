import { and, eq } from "drizzle-orm";
import { beforeAll, expect, it, vi } from "vitest";
import { assignments, auditLog, clients, conflicts, escalations } from "@/lib/db/schema";
import { createCoordinationFixture, type CoordinationFixture } from "@/lib/db/testing/coordination-fixture";
import { describeEachDriver } from "@/lib/db/testing/each-driver";
import { CONSOLE_EVENTS_CHANNEL, publishEvent } from "@/lib/events/publish";
import { claimClient } from "./claim-client";
import { reportConflict } from "./report-conflict";

const T0 = new Date("2026-11-25T18:00:00Z");

describeEachDriver("conflicts between seats", ({ db, database }) => {
  let fx: CoordinationFixture;
  const rowCounts = async () => ({ conflicts: (await db().select().from(conflicts)).length, escalations: (await db().select().from(escalations)).length, audit: (await db().select().from(auditLog)).length });
  beforeAll(async () => {
    fx = await createCoordinationFixture(db());
    await db().insert(assignments).values({ organizationId: fx.organizationId, clientId: fx.bobClient.id, seatId: fx.aliceSeat.id, teamRole: "support", seatRole: "buyer_specialist", state: "accepted", respondedAt: T0 });
  });

  it("settles prices within 5% of their median by rule, and sends a wider gap to Jorge", async () => {
    const close = await reportConflict(db(), fx.organizationId, { kind: "price_disagreement", clientId: fx.bobClient.id, opinions: [{ seatId: fx.bobSeat.id, price: 880_000 }, { seatId: fx.aliceSeat.id, price: 860_000 }] }, T0);
    expect(close).toMatchObject({ ok: true, data: { decided: true, rule: "within_tolerance", escalationId: null } });
    const far = await reportConflict(db(), fx.organizationId, { kind: "price_disagreement", clientId: fx.bobClient.id, opinions: [{ seatId: fx.bobSeat.id, price: 910_000 }, { seatId: fx.aliceSeat.id, price: 845_000 }] }, T0);
    expect(far).toMatchObject({ ok: true, data: { decided: false, rule: "beyond_tolerance" } });
    const escalationId = (far as { data: { escalationId: string } }).data.escalationId;
    const [e] = await db().select().from(escalations).where(eq(escalations.id, escalationId));
    expect(e).toMatchObject({ trigger: "agent_conflict", clientId: fx.bobClient.id, status: "open" });
    const rows = await db().select().from(conflicts).where(eq(conflicts.clientId, fx.bobClient.id));
    expect(rows.map((r) => [r.rule, r.decided, r.escalationId])).toEqual(expect.arrayContaining([["within_tolerance", true, null], ["beyond_tolerance", false, escalationId]]));
  });

  it("keeps the earlier of two overlapping bookings of one seat", async () => {
    const booking = (clientId: string, bookedAt: string) => ({ seatId: fx.aliceSeat.id, clientId, startsAt: "2026-11-28T18:00:00Z", endsAt: "2026-11-28T19:00:00Z", bookedAt });
    const r = await reportConflict(db(), fx.organizationId, { kind: "double_booking", bookings: [booking(fx.aliceClient.id, "2026-11-25T10:00:00Z"), booking(fx.bobClient.id, "2026-11-25T11:00:00Z")] }, T0);
    expect(r).toMatchObject({ ok: true, data: { decided: true, rule: "first_booked" } });
  });

  it("names what is wrong with a bad report and stores nothing", async () => {
    const before = (await db().select().from(conflicts)).length;
    expect(await reportConflict(db(), fx.organizationId, { kind: "price_disagreement", clientId: fx.bobClient.id, opinions: [{ seatId: fx.bobSeat.id, price: 900_000 }] })).toMatchObject({ ok: false, status: 400, error: expect.stringContaining("at least two") });
    expect(await reportConflict(db(), fx.organizationId, { kind: "price_disagreement", clientId: fx.bobClient.id, opinions: [{ seatId: fx.bobSeat.id, price: 900_000 }, { seatId: "3f1c1f8e-7b0a-4d3c-9a59-3b1b1c1d1e1f", price: 1 }] })).toMatchObject({ ok: false, status: 422, error: expect.stringContaining("No seat") });
    expect(await reportConflict(db(), fx.organizationId, { kind: "feud" })).toMatchObject({ ok: false, status: 400 });
    expect((await db().select().from(conflicts)).length).toBe(before);
  });

  it("refuses a report naming a seat that does not work the client, or only holds an offer on it, and writes and tells nothing", async () => {
    const heard: string[] = [];
    const stop = await database().listen(CONSOLE_EVENTS_CHANNEL, (payload) => heard.push(payload));
    const before = await rowCounts();
    const far = (seatId: string) => ({ kind: "price_disagreement", clientId: fx.bobClient.id, opinions: [{ seatId: fx.bobSeat.id, price: 990_000 }, { seatId, price: 700_000 }] });
    const refusal = (seatId: string, clientId: string) => ({ ok: false, status: 422, error: `Seat ${seatId} does not work client ${clientId}; only seats on the client's team can report a conflict about them.` });
    expect(await reportConflict(db(), fx.organizationId, far(fx.carlSeat.id), T0)).toEqual(refusal(fx.carlSeat.id, fx.bobClient.id));
    const [offer] = await db().insert(assignments).values({ organizationId: fx.organizationId, clientId: fx.bobClient.id, seatId: fx.carlSeat.id, teamRole: "support", seatRole: "buyer_specialist", state: "offered", expiresAt: new Date(T0.getTime() + 900_000) }).returning();
    expect(await reportConflict(db(), fx.organizationId, far(fx.carlSeat.id), T0)).toEqual(refusal(fx.carlSeat.id, fx.bobClient.id));
    const booking = (seatId: string, clientId: string, bookedAt: string) => ({ seatId, clientId, startsAt: "2026-11-29T18:00:00Z", endsAt: "2026-11-29T19:00:00Z", bookedAt });
    const doubleBooked = { kind: "double_booking", bookings: [booking(fx.bobSeat.id, fx.bobClient.id, "2026-11-25T10:00:00Z"), booking(fx.bobSeat.id, fx.aliceClient.id, "2026-11-25T11:00:00Z")] };
    expect(await reportConflict(db(), fx.organizationId, doubleBooked, T0)).toEqual(refusal(fx.bobSeat.id, fx.aliceClient.id));
    await db().transaction((tx) => publishEvent(tx, { type: "conflict.decided", organizationId: fx.organizationId, clientId: null, seatIds: [], summary: "marker" }));
    await vi.waitFor(() => expect(heard.some((p) => p.includes("marker"))).toBe(true), { timeout: 5000 });
    await stop();
    expect(heard).toHaveLength(1);
    expect(await rowCounts()).toEqual(before);

    await db().update(assignments).set({ state: "accepted", respondedAt: T0 }).where(eq(assignments.id, offer!.id));
    expect(await reportConflict(db(), fx.organizationId, far(fx.carlSeat.id), T0)).toMatchObject({ ok: true, data: { decided: false } });
  });

  it("a supporter's claim on an owned client loses to the owner by rule, and the decision is recorded", async () => {
    await db().insert(assignments).values({ organizationId: fx.organizationId, clientId: fx.aliceClient.id, seatId: fx.carlSeat.id, teamRole: "support", seatRole: "buyer_specialist", state: "accepted", respondedAt: T0 });
    expect(await claimClient(db(), fx.as.carl, { clientId: fx.aliceClient.id }, T0)).toEqual({ ok: true, data: { decided: true, won: false, reason: "The current owner keeps the client." } });
    expect(await claimClient(db(), fx.as.bob, { clientId: fx.aliceClient.id }, T0)).toMatchObject({ ok: false, status: 404 });
    const [owner] = await db().select({ o: clients.ownerSeatId }).from(clients).where(eq(clients.id, fx.aliceClient.id));
    expect(owner!.o).toBe(fx.aliceSeat.id);
    const [c] = await db().select().from(conflicts).where(and(eq(conflicts.clientId, fx.aliceClient.id), eq(conflicts.kind, "ownership_claim")));
    expect(c).toMatchObject({ decided: true, winnerSeatId: fx.aliceSeat.id, rule: "current_owner" });
  });
});
