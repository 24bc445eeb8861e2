import { beforeAll, expect, it } from "vitest";
import { decideHandoff } from "@/lib/services/handoffs/decide-handoff";
import { proposeHandoff } from "@/lib/services/handoffs/propose-handoff";
import { handoffs, interactions } from "../schema";
import { createCoordinationFixture, type CoordinationFixture } from "../testing/coordination-fixture";
import { describeEachDriver } from "../testing/each-driver";
import { listPendingHandoffs } from "./pending-handoffs";

const T0 = new Date("2026-11-25T18:00:00Z");
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

describeEachDriver("pending handoffs", ({ db }) => {
  let fx: CoordinationFixture;
  let toCarl: string;
  let supportForBob: string;
  let legacy: string;

  beforeAll(async () => {
    fx = await createCoordinationFixture(db());
    const org = fx.organizationId;
    await db().insert(interactions).values({ organizationId: org, clientId: fx.aliceClient.id, seatId: fx.aliceSeat.id, channel: "sms", direction: "outbound", body: "Hi Carmen, two homes in Etiwanda.", occurredAt: at(-30) });
    const first = await proposeHandoff(db(), fx.as.alice, { clientId: fx.aliceClient.id, toSeatId: fx.carlSeat.id, kind: "transfer", reason: "Carl knows Etiwanda best" }, at(0));
    const second = await proposeHandoff(db(), fx.as.bob, { clientId: fx.bobClient.id, toSeatId: fx.carlSeat.id, kind: "add_support", reason: "Sam is buying after the sale" }, at(1));
    if (!first.ok || !second.ok) throw new Error("the fixture's handoffs should be proposed");
    toCarl = first.data.handoffId;
    supportForBob = second.data.handoffId;
    const [old] = await db().insert(handoffs).values({
      organizationId: org, clientId: fx.bobClient.id, fromSeatId: fx.bobSeat.id, toSeatId: fx.aliceSeat.id, kind: "transfer", initiatedBy: "seat",
      reason: "An older dossier shape", dossier: { profile: { name: "Sam" } }, proposedByUserId: fx.bob.id, createdAt: at(2),
    }).returning();
    legacy = old!.id;
    await db().insert(handoffs).values({
      organizationId: org, clientId: fx.aliceClient.id, fromSeatId: fx.aliceSeat.id, toSeatId: fx.bobSeat.id, kind: "transfer", initiatedBy: "seat",
      reason: "Done long ago", dossier: {}, state: "completed", createdAt: at(-600), decidedAt: at(-590),
    });
  });

  it("lists every proposed handoff of the organization, oldest first, for Jorge", async () => {
    const rows = await listPendingHandoffs(db(), fx.organizationId);
    expect(rows.map((r) => r.id)).toEqual([toCarl, supportForBob, legacy]);
    expect(rows[0]).toMatchObject({
      clientId: fx.aliceClient.id, clientName: "Carmen Buyer", kind: "transfer", reason: "Carl knows Etiwanda best",
      fromSeatId: fx.aliceSeat.id, fromSeatName: "Alice Agent", toSeatId: fx.carlSeat.id, toSeatName: "Carl Closer", proposedByUserId: fx.alice.id,
    });
    expect(rows[0]!.createdAt.toISOString()).toBe(at(0).toISOString());
    expect(rows[1]).toMatchObject({ kind: "add_support", fromSeatName: "Bob Agent", clientName: "Sam Seller" });
  });

  it("reads the dossier back, and gives null for one that is not a typed dossier", async () => {
    const rows = await listPendingHandoffs(db(), fx.organizationId);
    const dossier = rows.find((r) => r.id === toCarl)!.dossier;
    expect(dossier?.profile.name).toBe("Carmen Buyer");
    expect(dossier?.history.map((h) => h.body)).toEqual(["Hi Carmen, two homes in Etiwanda."]);
    expect(rows.find((r) => r.id === legacy)!.dossier).toBeNull();
  });

  it("narrows to the handoffs waiting for a seat, those a person sent, or either", async () => {
    const ids = async (filter: Parameters<typeof listPendingHandoffs>[2]) => (await listPendingHandoffs(db(), fx.organizationId, filter)).map((r) => r.id);
    expect(await ids({ toSeatId: fx.carlSeat.id })).toEqual([toCarl, supportForBob]);
    expect(await ids({ proposedByUserId: fx.alice.id })).toEqual([toCarl]);
    expect(await ids({ toSeatId: fx.aliceSeat.id, proposedByUserId: fx.alice.id })).toEqual([toCarl, legacy]);
    expect(await ids({ toSeatId: fx.bobSeat.id })).toEqual([]);
    expect(await ids({ toSeatId: null })).toEqual([]);
  });

  it("keeps other organizations' handoffs out and drops a handoff once it is decided", async () => {
    const other = await createCoordinationFixture(db());
    expect(await listPendingHandoffs(db(), other.organizationId)).toEqual([]);
    expect(await listPendingHandoffs(db(), other.organizationId, { toSeatId: fx.carlSeat.id })).toEqual([]);
    expect(await decideHandoff(db(), fx.as.carl, { handoffId: toCarl, decision: "reject", note: "Fully booked this week" }, at(5))).toMatchObject({ ok: true });
    expect((await listPendingHandoffs(db(), fx.organizationId, { toSeatId: fx.carlSeat.id })).map((r) => r.id)).toEqual([supportForBob]);
  });
});
