import { eq, inArray } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { ESCALATION_SLA } from "@/lib/domain/settings/defaults";
import { auditLog, escalationNotes, escalations } from "@/lib/db/schema";
import { createCoordinationFixture, type CoordinationFixture } from "@/lib/db/testing/coordination-fixture";
import { describeEachDriver } from "@/lib/db/testing/each-driver";
import { acknowledgeEscalations } from "./acknowledge-many";
import { actOnEscalation } from "./act-on-escalation";

const T0 = new Date("2026-12-01T16:00:00Z");
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

describeEachDriver("acknowledging several escalations with one action", ({ db }) => {
  let fx: CoordinationFixture;
  let ids: string[];
  beforeAll(async () => {
    fx = await createCoordinationFixture(db());
    const key = `deadline_at_risk:${fx.bobClient.id}:-:2026-12-01`;
    const rows = await db().insert(escalations).values(Array.from({ length: 4 }, (_, i) => ({
      organizationId: fx.organizationId, clientId: fx.bobClient.id, trigger: "deadline_at_risk", severity: "critical", summary: "Loan contingency due today", causeKey: key,
      createdAt: at(i), ackDueAt: at(i + ESCALATION_SLA.critical.ackMinutes), resolveDueAt: at(i + ESCALATION_SLA.critical.resolveMinutes),
    }))).returning();
    ids = rows.map((r) => r.id);
  });
  const rows = () => db().select().from(escalations).where(inArray(escalations.id, ids)).orderBy(escalations.createdAt);

  it("refuses without the permission, with a bad or unknown id, or with nothing chosen, and changes nothing", async () => {
    expect(await acknowledgeEscalations(db(), fx.as.alice, { escalationIds: ids }, at(5))).toMatchObject({ ok: false, status: 403 });
    expect(await acknowledgeEscalations(db(), fx.as.jorge, { escalationIds: [] }, at(5))).toMatchObject({ ok: false, status: 400, error: expect.stringContaining("at least one") });
    expect(await acknowledgeEscalations(db(), fx.as.jorge, { escalationIds: ["nope"] }, at(5))).toMatchObject({ ok: false, status: 400, error: expect.stringContaining("UUID") });
    expect(await acknowledgeEscalations(db(), fx.as.jorge, { escalationIds: [...ids, "3f1c1f8e-7b0a-4d3c-9a59-3b1b1c1d1e1f"] }, at(5))).toMatchObject({ ok: false, status: 404, error: expect.stringContaining("One of the chosen") });
    expect((await rows()).every((r) => r.status === "open" && r.acknowledgedAt === null)).toBe(true);
  });

  it("acknowledges every open one of a group at once, with the note, and counts the ones already handled", async () => {
    expect(await actOnEscalation(db(), fx.as.jorge, { escalationId: ids[0]!, action: "acknowledge" }, at(5))).toMatchObject({ ok: true });
    const r = await acknowledgeEscalations(db(), fx.as.jorge, { escalationIds: [...ids, ids[1]!], note: "Lender confirmed the appraisal is in" }, at(6));
    expect(r).toEqual({ ok: true, data: { acknowledged: 3, alreadyHandled: 1 } });
    const after = await rows();
    expect(after.map((e) => [e.status, e.acknowledgedAt?.toISOString(), e.ownerUserId])).toEqual([
      ["acknowledged", at(5).toISOString(), fx.overseer.id],
      ...[1, 2, 3].map(() => ["acknowledged", at(6).toISOString(), fx.overseer.id]),
    ]);
    const notes = await db().select().from(escalationNotes).where(inArray(escalationNotes.escalationId, ids));
    expect(notes.map((n) => n.body)).toEqual(Array(3).fill("Lender confirmed the appraisal is in"));
    const audits = await db().select().from(auditLog).where(eq(auditLog.action, "escalation.acknowledged"));
    expect(audits.filter((a) => ids.includes(a.entityId!)).length).toBe(4);
  });
});
