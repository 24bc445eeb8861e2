import { and, eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { assignmentEvents, assignments, clients, escalations, seats } from "@/lib/db/schema";
import { createCoordinationFixture, insertOffer, type CoordinationFixture } from "@/lib/db/testing/coordination-fixture";
import { describeEachDriver } from "@/lib/db/testing/each-driver";
import { expireOffer, sweepExpiredOffers } from "./expire-offers";
import { respondToOffer } from "./respond-to-offer";

const T0 = new Date("2026-11-25T18:00:00Z");
const later = (seconds: number) => new Date(T0.getTime() + seconds * 1000);

describeEachDriver("offers, answers and the fallback chain", ({ db }) => {
  let fx: CoordinationFixture;
  let clientId: string;
  beforeAll(async () => {
    fx = await createCoordinationFixture(db());
    clientId = fx.aliceClient.id;
    await db().update(assignments).set({ state: "completed", endedAt: T0 }).where(eq(assignments.clientId, clientId));
    await db().update(clients).set({ ownerSeatId: null }).where(eq(clients.id, clientId));
  });
  const stateOf = async (id: string) => (await db().select().from(assignments).where(eq(assignments.id, id)))[0]!;
  const ownerOf = async () => (await db().select({ o: clients.ownerSeatId }).from(clients).where(eq(clients.id, clientId)))[0]!.o;

  it("accepting a lead offer makes the seat the owner and records the change", async () => {
    const offer = await insertOffer(db(), fx, { clientId, seatId: fx.aliceSeat.id, expiresAt: later(120) });
    const r = await respondToOffer(db(), fx.as.alice, { assignmentId: offer.id, answer: "accept" }, later(30));
    expect(r).toEqual({ ok: true, data: { state: "accepted", nextSeatId: null } });
    expect(await ownerOf()).toBe(fx.aliceSeat.id);
    const events = await db().select().from(assignmentEvents).where(eq(assignmentEvents.assignmentId, offer.id));
    expect(events.map((e) => [e.state, e.actorUserId])).toEqual([["accepted", fx.alice.id]]);
    await db().update(assignments).set({ state: "completed", endedAt: later(31) }).where(eq(assignments.id, offer.id));
    await db().update(clients).set({ ownerSeatId: null }).where(eq(clients.id, clientId));
  });

  it("refuses bad answers and changes nothing", async () => {
    const offer = await insertOffer(db(), fx, { clientId, seatId: fx.aliceSeat.id, expiresAt: later(120) });
    expect(await respondToOffer(db(), fx.as.alice, { assignmentId: "nope", answer: "accept" }, later(1))).toMatchObject({ ok: false, status: 400, error: expect.stringContaining("UUID") });
    expect(await respondToOffer(db(), fx.as.alice, { assignmentId: offer.id, answer: "decline", reason: "" }, later(1))).toMatchObject({ ok: false, status: 400, error: expect.stringContaining("Say why") });
    expect(await respondToOffer(db(), fx.as.bob, { assignmentId: offer.id, answer: "accept" }, later(1))).toMatchObject({ ok: false, status: 404 });
    expect(await respondToOffer(db(), fx.as.alice, { assignmentId: offer.id, answer: "accept" }, later(121))).toMatchObject({ ok: false, status: 409, error: expect.stringContaining("expired") });
    expect((await stateOf(offer.id)).state).toBe("offered");
    expect(await db().select().from(assignmentEvents).where(eq(assignmentEvents.assignmentId, offer.id))).toEqual([]);
    expect(await expireOffer(db(), fx.organizationId, offer.id, later(60))).toBe(false);
    expect(await expireOffer(db(), fx.organizationId, offer.id, later(121))).toBe(true);
    expect(await expireOffer(db(), fx.organizationId, offer.id, later(122))).toBe(false);
    expect(await respondToOffer(db(), fx.as.alice, { assignmentId: offer.id, answer: "accept" }, later(122))).toMatchObject({ ok: false, status: 409 });
    await db().update(assignments).set({ state: "rescinded", endedAt: later(123) }).where(and(eq(assignments.clientId, clientId), eq(assignments.state, "offered")));
    await db().update(assignments).set({ state: "completed", endedAt: later(123) }).where(and(eq(assignments.clientId, clientId), eq(assignments.state, "accepted")));
    await db().update(clients).set({ ownerSeatId: null }).where(eq(clients.id, clientId));
  });

  it("falls back along runners-up, then to Jorge, then escalates when nobody takes the client", async () => {
    // The AI buyer seat is offline, so once the runners-up are used up nobody but Jorge is left.
    await db().update(seats).set({ presence: "offline" }).where(eq(seats.id, fx.aiSeat.id));
    const first = await insertOffer(db(), fx, { clientId, seatId: fx.aliceSeat.id, runnersUp: [fx.carlSeat.id, fx.bobSeat.id], expiresAt: later(120) });
    const declined = await respondToOffer(db(), fx.as.alice, { assignmentId: first.id, answer: "decline", reason: "On vacation from Friday" }, later(10));
    expect(declined).toEqual({ ok: true, data: { state: "declined", nextSeatId: fx.carlSeat.id, nextSeatName: "Carl Closer", named: null } });
    const [carlOffer] = await db().select().from(assignments).where(and(eq(assignments.clientId, clientId), eq(assignments.seatId, fx.carlSeat.id), eq(assignments.state, "offered")));
    expect(carlOffer!.fallbackRank).toBe(1);
    expect(await sweepExpiredOffers(db(), new Date(carlOffer!.expiresAt!.getTime() + 1000))).toBe(1);
    const [bobOffer] = await db().select().from(assignments).where(and(eq(assignments.clientId, clientId), eq(assignments.seatId, fx.bobSeat.id), eq(assignments.state, "offered")));
    expect(bobOffer).toBeDefined();
    expect(await respondToOffer(db(), fx.as.bob, { assignmentId: bobOffer!.id, answer: "decline", reason: "Too far from my listings" }, new Date(bobOffer!.offeredAt.getTime() + 5000))).toMatchObject({ ok: true, data: { nextSeatId: fx.jorgeSeat.id } });
    const [jorgeOffer] = await db().select().from(assignments).where(and(eq(assignments.clientId, clientId), eq(assignments.seatId, fx.jorgeSeat.id), eq(assignments.state, "offered")));
    expect(jorgeOffer!.reason).toContain("ended with Jorge");
    expect(await expireOffer(db(), fx.organizationId, jorgeOffer!.id, new Date(jorgeOffer!.expiresAt!.getTime() + 1000))).toBe(true);
    const open = await db().select().from(escalations).where(and(eq(escalations.clientId, clientId), eq(escalations.trigger, "fallback_exhausted")));
    expect(open.map((e) => e.severity)).toEqual(["critical"]);
    expect(open[0]!.summary).toBe("Nobody on the fallback chain took Carmen: all 4 seats asked declined or did not answer; no other seat can take the client now");
    const states = (await db().select().from(assignments).where(eq(assignments.clientId, clientId))).filter((a) => a.state === "offered");
    expect(states).toEqual([]);
    const history = await db().select().from(assignmentEvents).where(eq(assignmentEvents.clientId, clientId));
    expect(history.filter((e) => e.state === "timed_out").length).toBe(3);
    expect(history.filter((e) => e.state === "declined").length).toBe(2);
    await db().update(seats).set({ presence: "available" }).where(eq(seats.id, fx.aiSeat.id));
  });

  it("an AI runner-up accepts at once and owns the client, unless the client opted out", async () => {
    const other = fx.bobClient.id;
    await db().update(assignments).set({ state: "completed", endedAt: T0 }).where(eq(assignments.clientId, other));
    await db().update(clients).set({ ownerSeatId: null }).where(eq(clients.id, other));
    const offer = await insertOffer(db(), fx, { clientId: other, seatId: fx.aliceSeat.id, runnersUp: [fx.aiSeat.id], expiresAt: later(120) });
    await respondToOffer(db(), fx.as.alice, { assignmentId: offer.id, answer: "decline", reason: "Not my area" }, later(5));
    expect((await db().select({ o: clients.ownerSeatId }).from(clients).where(eq(clients.id, other)))[0]!.o).toBe(fx.aiSeat.id);
    await db().update(assignments).set({ state: "completed", endedAt: later(6) }).where(and(eq(assignments.clientId, other), eq(assignments.state, "accepted")));
    await db().update(clients).set({ ownerSeatId: null, optedOutAt: T0 }).where(eq(clients.id, other));
    const second = await insertOffer(db(), fx, { clientId: other, seatId: fx.carlSeat.id, runnersUp: [fx.aiSeat.id], expiresAt: later(300) });
    const r = await respondToOffer(db(), fx.as.carl, { assignmentId: second.id, answer: "decline", reason: "Full this week" }, later(7));
    // The AI seat would text a client who opted out: the seller's best human listing specialist gets the offer instead.
    expect(r).toMatchObject({ ok: true, data: { nextSeatId: fx.bobSeat.id, nextSeatName: "Bob Agent" } });
    const [next] = await db().select().from(assignments).where(and(eq(assignments.clientId, other), eq(assignments.seatId, fx.bobSeat.id), eq(assignments.state, "offered")));
    expect(next!.scoreBreakdown).toMatchObject({ via: "alternative", skipped: [{ seatId: fx.aiSeat.id, reason: "client opted out" }] });
  });
});
