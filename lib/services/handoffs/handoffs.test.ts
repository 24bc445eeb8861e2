import { and, eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { parseDossier } from "@/lib/domain/handoff/dossier";
import { assignments, clients, handoffs, interactions } from "@/lib/db/schema";
import { createCoordinationFixture, type CoordinationFixture } from "@/lib/db/testing/coordination-fixture";
import { describeEachDriver } from "@/lib/db/testing/each-driver";
import { decideHandoff } from "./decide-handoff";
import { proposeHandoff } from "./propose-handoff";

const T0 = new Date("2026-11-25T18:00:00Z");
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

describeEachDriver("handoffs with the client's dossier", ({ db }) => {
  let fx: CoordinationFixture;
  beforeAll(async () => {
    fx = await createCoordinationFixture(db());
    await db().insert(interactions).values({ organizationId: fx.organizationId, clientId: fx.aliceClient.id, seatId: fx.aliceSeat.id, channel: "sms", direction: "outbound", body: "Hi Carmen, I found two homes in Etiwanda.", occurredAt: at(-60) });
  });
  const owner = async (clientId: string) => (await db().select({ o: clients.ownerSeatId }).from(clients).where(eq(clients.id, clientId)))[0]!.o;
  const acceptedLeads = async (clientId: string) => db().select().from(assignments).where(and(eq(assignments.clientId, clientId), eq(assignments.teamRole, "lead"), eq(assignments.state, "accepted")));

  it("moves ownership only when the receiver accepts, with the dossier captured at proposal", async () => {
    const c = fx.aliceClient.id;
    const proposed = await proposeHandoff(db(), fx.as.alice, { clientId: c, toSeatId: fx.carlSeat.id, kind: "transfer", reason: "Carl knows Etiwanda best" }, at(0));
    expect(proposed).toMatchObject({ ok: true, data: { state: "proposed" } });
    const [row] = await db().select().from(handoffs).where(eq(handoffs.clientId, c));
    const dossier = parseDossier(row!.dossier);
    expect(dossier.profile.name).toBe("Carmen Buyer");
    expect(dossier.history.map((h) => h.body)).toEqual(["Hi Carmen, I found two homes in Etiwanda."]);
    expect(await owner(c)).toBe(fx.aliceSeat.id);
    expect(await decideHandoff(db(), fx.as.bob, { handoffId: row!.id, decision: "accept" }, at(1))).toMatchObject({ ok: false, status: 404 });
    expect(await decideHandoff(db(), fx.as.carl, { handoffId: row!.id, decision: "accept" }, at(1))).toEqual({ ok: true, data: { state: "completed" } });
    expect(await owner(c)).toBe(fx.carlSeat.id);
    expect((await acceptedLeads(c)).map((a) => a.seatId)).toEqual([fx.carlSeat.id]);
    expect(await decideHandoff(db(), fx.as.carl, { handoffId: row!.id, decision: "accept" }, at(2))).toMatchObject({ ok: false, status: 409, error: expect.stringContaining("already completed") });
  });

  it("refuses loops: the same pair within 30 minutes, and a fourth handoff in an hour", async () => {
    const c = fx.aliceClient.id;
    const back = await proposeHandoff(db(), fx.as.carl, { clientId: c, toSeatId: fx.aliceSeat.id, kind: "transfer", reason: "Handing it right back" }, at(10));
    expect(back).toMatchObject({ ok: false, status: 409, error: expect.stringContaining("30 minutes") });
    const toBob = await proposeHandoff(db(), fx.as.carl, { clientId: c, toSeatId: fx.bobSeat.id, kind: "transfer", reason: "Bob has the seller side" }, at(11));
    await decideHandoff(db(), fx.as.bob, { handoffId: (toBob as { data: { handoffId: string } }).data.handoffId, decision: "accept" }, at(12));
    const toAi = await proposeHandoff(db(), fx.as.bob, { clientId: c, toSeatId: fx.aiSeat.id, kind: "transfer", reason: "Nurture by the AI for a while" }, at(13));
    expect(toAi).toMatchObject({ ok: true, data: { state: "completed" } });
    expect(await owner(c)).toBe(fx.aiSeat.id);
    const fourth = await proposeHandoff(db(), fx.as.jorge, { clientId: c, toSeatId: fx.carlSeat.id, kind: "transfer", reason: "Back to Carl for showings" }, at(50));
    expect(fourth).toMatchObject({ ok: false, status: 409, error: expect.stringContaining("3 times in the last hour") });
    expect(await proposeHandoff(db(), fx.as.jorge, { clientId: c, toSeatId: fx.carlSeat.id, kind: "transfer", reason: "Back to Carl for showings" }, at(75))).toMatchObject({ ok: true });
  });

  it("never hands an opted-out client to an outreach seat, and checks who may act", async () => {
    const c = fx.bobClient.id;
    await db().update(clients).set({ optedOutAt: T0 }).where(eq(clients.id, c));
    expect(await proposeHandoff(db(), fx.as.bob, { clientId: c, toSeatId: fx.aiSeat.id, kind: "transfer", reason: "AI can nurture them" }, at(0))).toMatchObject({ ok: false, status: 409, error: expect.stringContaining("opted out") });
    expect(await proposeHandoff(db(), fx.as.carl, { clientId: c, toSeatId: fx.carlSeat.id, kind: "transfer", reason: "I want this one" }, at(0))).toMatchObject({ ok: false, status: 404 });
    expect(await proposeHandoff(db(), fx.as.bob, { clientId: c, toSeatId: fx.carlSeat.id, kind: "sideways", reason: "x" }, at(0))).toMatchObject({ ok: false, status: 400, error: expect.stringContaining("kind") });
    expect(await proposeHandoff(db(), fx.as.bob, { clientId: c, toSeatId: fx.bobSeat.id, kind: "transfer", reason: "To myself again" }, at(0))).toMatchObject({ ok: false, status: 409, error: expect.stringContaining("already with this seat") });
    expect(await decideHandoff(db(), fx.as.bob, { handoffId: "3f1c1f8e-7b0a-4d3c-9a59-3b1b1c1d1e1f", decision: "accept" }, at(0))).toMatchObject({ ok: false, status: 404 });
    expect(await owner(c)).toBe(fx.bobSeat.id);
  });

  it("a rejection needs a reason and leaves the owner; a stale handoff is refused without changes", async () => {
    const c = fx.bobClient.id;
    const p = await proposeHandoff(db(), fx.as.bob, { clientId: c, toSeatId: fx.carlSeat.id, kind: "transfer", reason: "Carl covers Ontario" }, at(0));
    const handoffId = (p as { data: { handoffId: string } }).data.handoffId;
    expect(await decideHandoff(db(), fx.as.carl, { handoffId, decision: "reject" }, at(1))).toMatchObject({ ok: false, status: 400 });
    expect(await decideHandoff(db(), fx.as.carl, { handoffId, decision: "reject", note: "No room this month" }, at(1))).toEqual({ ok: true, data: { state: "rejected" } });
    expect(await owner(c)).toBe(fx.bobSeat.id);
    const again = await proposeHandoff(db(), fx.as.bob, { clientId: c, toSeatId: fx.carlSeat.id, kind: "transfer", reason: "Asking once more" }, at(2));
    const support = await proposeHandoff(db(), fx.as.bob, { clientId: c, toSeatId: fx.aliceSeat.id, kind: "transfer", reason: "Alice then" }, at(2));
    await decideHandoff(db(), fx.as.alice, { handoffId: (support as { data: { handoffId: string } }).data.handoffId, decision: "accept" }, at(3));
    const stale = await decideHandoff(db(), fx.as.carl, { handoffId: (again as { data: { handoffId: string } }).data.handoffId, decision: "accept" }, at(4));
    expect(stale).toMatchObject({ ok: false, status: 409, error: expect.stringContaining("changed hands") });
    expect(await owner(c)).toBe(fx.aliceSeat.id);
    expect((await acceptedLeads(c)).map((a) => a.seatId)).toEqual([fx.aliceSeat.id]);
  });
});
