import { and, eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { assignments, clients, escalations, seats } from "@/lib/db/schema";
import { createCoordinationFixture, insertOffer, type CoordinationFixture } from "@/lib/db/testing/coordination-fixture";
import { describeEachDriver } from "@/lib/db/testing/each-driver";
import { declineChoices } from "./decline-choices";
import { expireOffer } from "./expire-offers";
import { respondToOffer } from "./respond-to-offer";

const T0 = new Date("2026-11-25T18:00:00Z");
const later = (seconds: number) => new Date(T0.getTime() + seconds * 1000);

describeEachDriver("fallback chains with real alternatives, and the teammate a decline names", ({ db }) => {
  let fx: CoordinationFixture;
  let n = 0;
  beforeAll(async () => {
    fx = await createCoordinationFixture(db());
  });
  const newBuyer = async () => {
    const [c] = await db().insert(clients).values({ organizationId: fx.organizationId, firstName: `Buyer${++n}`, email: `buyer${n}@example.com`, type: "buyer", pipeline: "buyer", marketId: fx.market.id }).returning();
    return c!.id;
  };
  const offersOf = (clientId: string) => db().select().from(assignments).where(and(eq(assignments.clientId, clientId), eq(assignments.state, "offered")));
  const setPresence = (seatId: string, presence: string) => db().update(seats).set({ presence }).where(eq(seats.id, seatId));

  it("a timeout of an offer to Jorge alone goes to the best eligible teammate, not to an escalation", async () => {
    const clientId = await newBuyer();
    const jorge = await insertOffer(db(), fx, { clientId, seatId: fx.jorgeSeat.id, expiresAt: later(120) });
    await setPresence(fx.aiSeat.id, "offline");
    expect(await expireOffer(db(), fx.organizationId, jorge.id, later(121))).toBe(true);
    const [next] = await offersOf(clientId);
    expect([fx.aliceSeat.id, fx.carlSeat.id]).toContain(next!.seatId);
    expect(next).toMatchObject({ seatRole: "buyer_specialist", reason: "Fallback after a timeout: the best eligible seat now" });
    expect(await db().select().from(escalations).where(eq(escalations.clientId, clientId))).toEqual([]);
    await setPresence(fx.aiSeat.id, "available");
  });

  it("when Jorge declines his own client, the specialist supporting him moves up to lead", async () => {
    const clientId = await newBuyer();
    const jorge = await insertOffer(db(), fx, { clientId, seatId: fx.jorgeSeat.id, runnersUp: [fx.carlSeat.id], expiresAt: later(120) });
    const [support] = await db().insert(assignments).values({ organizationId: fx.organizationId, clientId, seatId: fx.carlSeat.id, teamRole: "support", seatRole: "buyer_specialist", state: "accepted", respondedAt: T0 }).returning();
    const r = await respondToOffer(db(), fx.as.jorge, { assignmentId: jorge.id, answer: "decline", reason: "Carl has worked with this family before" }, later(5));
    expect(r).toMatchObject({ ok: true, data: { state: "declined", nextSeatId: fx.carlSeat.id } });
    expect((await db().select().from(assignments).where(eq(assignments.id, support!.id)))[0]!.state).toBe("completed");
    const [lead] = await offersOf(clientId);
    expect(lead).toMatchObject({ seatId: fx.carlSeat.id, teamRole: "lead", reason: "Fallback after a decline (moves up from support)" });
    expect(await db().select().from(escalations).where(eq(escalations.clientId, clientId))).toEqual([]);
  });

  it("Jorge cannot decline his own client when nobody else can take it: he is told why, and nothing changes", async () => {
    const clientId = await newBuyer();
    const jorge = await insertOffer(db(), fx, { clientId, seatId: fx.jorgeSeat.id, expiresAt: later(120) });
    for (const id of [fx.aliceSeat.id, fx.carlSeat.id, fx.aiSeat.id]) await setPresence(id, "away");
    const r = await respondToOffer(db(), fx.as.jorge, { assignmentId: jorge.id, answer: "decline", reason: "Too busy this week" }, later(5));
    expect(r).toMatchObject({ ok: false, status: 409, error: expect.stringMatching(/^Nobody else can take Buyer\d+ now\. Keep the client/) });
    expect((await db().select().from(assignments).where(eq(assignments.id, jorge.id)))[0]!.state).toBe("offered");
    expect(await db().select().from(escalations).where(eq(escalations.clientId, clientId))).toEqual([]);
    for (const id of [fx.aliceSeat.id, fx.carlSeat.id, fx.aiSeat.id]) await setPresence(id, "available");
  });

  it("offers the client to the teammate the decline names, quoting the reason", async () => {
    const clientId = await newBuyer();
    const offer = await insertOffer(db(), fx, { clientId, seatId: fx.aliceSeat.id, runnersUp: [fx.aiSeat.id], expiresAt: later(120) });
    const choices = await declineChoices(db(), fx.as.alice, { assignmentId: offer.id });
    expect(choices.ok && choices.data.teammates.map((t) => t.name)).toEqual(["Bob Agent", "Carl Closer", "Jorge Salas", "Buyer AI"]);
    const r = await respondToOffer(db(), fx.as.alice, { assignmentId: offer.id, answer: "decline", reason: "Carl knows Etiwanda", nextSeatId: fx.carlSeat.id }, later(5));
    expect(r).toEqual({ ok: true, data: { state: "declined", nextSeatId: fx.carlSeat.id, nextSeatName: "Carl Closer", named: { seatId: fx.carlSeat.id, name: "Carl Closer", taken: true, reason: null } } });
    const [next] = await offersOf(clientId);
    expect(next).toMatchObject({ seatId: fx.carlSeat.id, reason: 'Alice Agent passed the client to this seat: "Carl knows Etiwanda"' });
  });

  it("says why a named teammate cannot take it, and goes on down the chain", async () => {
    const clientId = await newBuyer();
    const offer = await insertOffer(db(), fx, { clientId, seatId: fx.aliceSeat.id, runnersUp: [fx.carlSeat.id], expiresAt: later(120) });
    await setPresence(fx.aiSeat.id, "vacation");
    const r = await respondToOffer(db(), fx.as.alice, { assignmentId: offer.id, answer: "decline", reason: "The AI seat handles these", nextSeatId: fx.aiSeat.id }, later(5));
    expect(r).toMatchObject({ ok: true, data: { nextSeatId: fx.carlSeat.id, named: { seatId: fx.aiSeat.id, name: "Buyer AI", taken: false, reason: "vacation" } } });
    const [next] = await offersOf(clientId);
    expect(next!.reason).toBe("Fallback after a decline; the teammate named could not take it (Buyer AI is on vacation)");
    await setPresence(fx.aiSeat.id, "available");
  });

  it("lists teammates only to whoever may answer the offer, and refuses a bad or answered one", async () => {
    const clientId = await newBuyer();
    const offer = await insertOffer(db(), fx, { clientId, seatId: fx.aliceSeat.id, expiresAt: later(120) });
    expect(await declineChoices(db(), fx.as.bob, { assignmentId: offer.id })).toMatchObject({ ok: false, status: 404 });
    expect(await declineChoices(db(), fx.as.alice, { assignmentId: "nope" })).toMatchObject({ ok: false, status: 400 });
    expect(await declineChoices(db(), fx.as.jorge, { assignmentId: offer.id })).toMatchObject({ ok: true });
    await respondToOffer(db(), fx.as.alice, { assignmentId: offer.id, answer: "accept" }, later(5));
    expect(await declineChoices(db(), fx.as.alice, { assignmentId: offer.id })).toMatchObject({ ok: false, status: 409 });
  });
});
