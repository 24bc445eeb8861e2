import { and, eq, type Column } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { auditLog, conflicts, handoffs, interactions, tasks, threadMessages } from "@/lib/db/schema";
import { createCoordinationFixture, insertOffer, type CoordinationFixture } from "@/lib/db/testing/coordination-fixture";
import { describeEachDriver } from "@/lib/db/testing/each-driver";
import { addClientNote } from "./add-client-note";
import { ACCEPT_OFFER_FIRST, READ_ONLY_ROLE } from "./client-access";
import { decideHandoff } from "./handoffs/decide-handoff";
import { claimClient } from "./conflicts/claim-client";
import { proposeHandoff } from "./handoffs/propose-handoff";
import { respondToOffer } from "./offers/respond-to-offer";
import { assignTeamTask } from "./team-response/assign-task";
import { postToThread } from "./team-response/post-to-thread";

describeEachDriver("acting on a client needs an accepted place on it, not a pending offer", ({ db }) => {
  let fx: CoordinationFixture;
  let offerId: string;
  const now = new Date();
  const due = new Date(now.getTime() + 2 * 86_400_000).toISOString();
  const clientId = () => fx.aliceClient.id;
  const writtenOn = async () => {
    const on = (t: { organizationId: Column; clientId: Column }) => and(eq(t.organizationId, fx.organizationId), eq(t.clientId, clientId()));
    return {
      notes: (await db().select().from(interactions).where(on(interactions))).length,
      thread: (await db().select().from(threadMessages).where(on(threadMessages))).length,
      tasks: (await db().select().from(tasks).where(on(tasks))).length,
      handoffs: (await db().select().from(handoffs).where(on(handoffs))).length,
      conflicts: (await db().select().from(conflicts).where(on(conflicts))).length,
      audit: (await db().select().from(auditLog).where(eq(auditLog.organizationId, fx.organizationId))).length,
    };
  };
  const everyAction = (as: CoordinationFixture["as"]["carl"]) => ({
    note: () => addClientNote(db(), as, { clientId: clientId(), body: "Spoke with Carmen about Etiwanda" }),
    thread: () => postToThread(db(), as, { clientId: clientId(), kind: "note", body: "I can pull comps" }),
    task: () => assignTeamTask(db(), as, { clientId: clientId(), seatId: as.seatId, title: "Pull three comps", dueAt: due }),
    handoff: () => proposeHandoff(db(), as, { clientId: clientId(), toSeatId: fx.bobSeat.id, kind: "add_support", reason: "Bob knows the listing side" }),
    claim: () => claimClient(db(), as, { clientId: clientId() }),
  });

  beforeAll(async () => {
    fx = await createCoordinationFixture(db());
    offerId = (await insertOffer(db(), fx, { clientId: fx.aliceClient.id, seatId: fx.carlSeat.id, teamRole: "support", expiresAt: new Date(now.getTime() + 15 * 60_000) })).id;
  });

  it("tells a seat holding only a pending offer to accept it first, on every action, and writes nothing", async () => {
    const before = await writtenOn();
    for (const [name, act] of Object.entries(everyAction(fx.as.carl))) {
      expect(await act(), name).toEqual({ ok: false, status: 403, error: ACCEPT_OFFER_FIRST });
    }
    expect(await writtenOn()).toEqual(before);
  });

  it("answers a stranger 404 on every action, as before, and writes nothing", async () => {
    const before = await writtenOn();
    for (const [name, act] of Object.entries(everyAction(fx.as.bob))) {
      expect(await act(), name).toMatchObject({ ok: false, status: 404, error: expect.stringMatching(/^No such client/) });
    }
    expect(await writtenOn()).toEqual(before);
  });

  it("lets the seat act once it has accepted the offer", async () => {
    expect(await respondToOffer(db(), fx.as.carl, { assignmentId: offerId, answer: "accept" })).toMatchObject({ ok: true, data: { state: "accepted" } });
    const carl = everyAction(fx.as.carl);
    expect(await carl.note()).toMatchObject({ ok: true });
    expect(await carl.thread()).toMatchObject({ ok: true });
    expect(await carl.task()).toMatchObject({ ok: true });
    expect(await carl.handoff()).toMatchObject({ ok: false, status: 403, error: "Only the lead (or Jorge) adds supporters." });
    expect(await carl.claim()).toMatchObject({ ok: true, data: { decided: true, won: false } });
    expect(await writtenOn()).toMatchObject({ notes: 1, thread: 1, tasks: 1, handoffs: 0, conflicts: 1 });
  });

  it("leaves the overseer able to act on every client and a viewer able to read but not write", async () => {
    expect(await addClientNote(db(), fx.as.jorge, { clientId: fx.bobClient.id, body: "Jorge will call" })).toMatchObject({ ok: true });
    const viewer = { ...fx.as.jorge, role: "viewer", seatId: null, permissions: ["clients.read_all", "team.read"] };
    expect(await addClientNote(db(), viewer, { clientId: fx.bobClient.id, body: "x" })).toMatchObject({ ok: false, status: 403 });
    expect(await postToThread(db(), viewer, { clientId: fx.bobClient.id, kind: "note", body: "x" })).toMatchObject({ ok: false, status: 403, error: READ_ONLY_ROLE });
  });

  it("refuses a seat whose role lost the write permission on every action, even on its own client", async () => {
    const alice = { ...fx.as.alice, permissions: fx.as.alice.permissions.filter((p) => p !== "clients.write_own") };
    const before = await writtenOn();
    for (const [name, act] of Object.entries(everyAction(alice))) {
      expect(await act(), name).toEqual({ ok: false, status: 403, error: READ_ONLY_ROLE });
    }
    expect(await decideHandoff(db(), alice, { handoffId: "7b0f2a52-9a5d-4c1e-8f59-3c3b1f1a2d10", decision: "accept" })).toEqual({ ok: false, status: 403, error: READ_ONLY_ROLE });
    expect(await writtenOn()).toEqual(before);
  });
});
