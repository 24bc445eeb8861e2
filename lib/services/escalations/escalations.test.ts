import { eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { escalationNotes, escalations } from "@/lib/db/schema";
import { createCoordinationFixture, type CoordinationFixture } from "@/lib/db/testing/coordination-fixture";
import { describeEachDriver } from "@/lib/db/testing/each-driver";
import { actOnEscalation } from "./act-on-escalation";
import { openEscalation } from "./open-escalation";
import { ESCALATION_SLA } from "@/lib/domain/settings/defaults";

const T0 = new Date("2026-11-25T18:00:00Z");
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

describeEachDriver("escalations: opening, acknowledging, resolving", ({ db }) => {
  let fx: CoordinationFixture;
  let id: string;
  beforeAll(async () => {
    fx = await createCoordinationFixture(db());
    id = await db().transaction(async (tx) => (await openEscalation(tx, { organizationId: fx.organizationId, clientId: fx.aliceClient.id, trigger: "distress_words", severity: "high", summary: "Mentions foreclosure" }, ESCALATION_SLA, T0)).id);
  });
  const row = async () => (await db().select().from(escalations).where(eq(escalations.id, id)))[0]!;

  it("sets the acknowledge and resolve deadlines from the SLA, and folds a repeat into a note", async () => {
    expect(await row()).toMatchObject({ status: "open", ackDueAt: at(60), resolveDueAt: at(1440) });
    const again = await db().transaction((tx) => openEscalation(tx, { organizationId: fx.organizationId, clientId: fx.aliceClient.id, trigger: "distress_words", severity: "high", summary: "Mentions foreclosure again" }, ESCALATION_SLA, at(5)));
    expect(again).toEqual({ id, created: false });
    expect((await db().select().from(escalationNotes).where(eq(escalationNotes.escalationId, id))).map((n) => n.body)).toEqual(["Again: Mentions foreclosure again"]);
  });

  it("refuses what is not allowed and changes nothing", async () => {
    expect(await actOnEscalation(db(), fx.as.alice, { escalationId: id, action: "acknowledge" }, at(1))).toMatchObject({ ok: false, status: 403 });
    expect(await actOnEscalation(db(), fx.as.jorge, { escalationId: id, action: "promote" }, at(1))).toMatchObject({ ok: false, status: 400 });
    expect(await actOnEscalation(db(), fx.as.jorge, { escalationId: "3f1c1f8e-7b0a-4d3c-9a59-3b1b1c1d1e1f", action: "acknowledge" }, at(1))).toMatchObject({ ok: false, status: 404 });
    expect(await actOnEscalation(db(), fx.as.jorge, { escalationId: id, action: "reassign", ownerUserId: "3f1c1f8e-7b0a-4d3c-9a59-3b1b1c1d1e1f" }, at(1))).toMatchObject({ ok: false, status: 422 });
    expect(await actOnEscalation(db(), fx.as.jorge, { escalationId: id, action: "resolve", resolution: "" }, at(1))).toMatchObject({ ok: false, status: 400, error: expect.stringContaining("how it was resolved") });
    expect(await row()).toMatchObject({ status: "open", ownerUserId: null, acknowledgedAt: null });
  });

  it("acknowledges once, takes ownership, reassigns and resolves", async () => {
    expect(await actOnEscalation(db(), fx.as.jorge, { escalationId: id, action: "acknowledge" }, at(10))).toEqual({ ok: true, data: { status: "acknowledged" } });
    expect(await row()).toMatchObject({ ownerUserId: fx.overseer.id, acknowledgedAt: at(10) });
    expect(await actOnEscalation(db(), fx.as.jorge, { escalationId: id, action: "acknowledge" }, at(11))).toMatchObject({ ok: false, status: 409 });
    expect(await actOnEscalation(db(), fx.as.jorge, { escalationId: id, action: "reassign", ownerUserId: fx.alice.id, note: "Alice knows the family" }, at(12))).toMatchObject({ ok: true });
    expect(await actOnEscalation(db(), fx.as.jorge, { escalationId: id, action: "resolve", resolution: "Referred to a foreclosure attorney" }, at(30))).toMatchObject({ ok: true });
    expect(await row()).toMatchObject({ status: "resolved", ownerUserId: fx.alice.id, resolvedAt: at(30), resolution: "Referred to a foreclosure attorney" });
  });
});
