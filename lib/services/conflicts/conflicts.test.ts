import { and, eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { assignments, clients, conflicts, escalations } from "@/lib/db/schema";
import { createCoordinationFixture, type CoordinationFixture } from "@/lib/db/testing/coordination-fixture";
import { describeEachDriver } from "@/lib/db/testing/each-driver";
import { claimClient } from "./claim-client";
import { reportConflict } from "./report-conflict";

const T0 = new Date("2026-11-25T18:00:00Z");

describeEachDriver("conflicts between seats", ({ db }) => {
  let fx: CoordinationFixture;
  beforeAll(async () => {
    fx = await createCoordinationFixture(db());
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
