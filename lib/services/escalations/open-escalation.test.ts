import { eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { ESCALATION_SLA } from "@/lib/domain/settings/defaults";
import { escalationNotes, escalations } from "@/lib/db/schema";
import { createCoordinationFixture, type CoordinationFixture } from "@/lib/db/testing/coordination-fixture";
import { describeEachDriver } from "@/lib/db/testing/each-driver";
import { openEscalation, type EscalationDraft } from "./open-escalation";

const T0 = new Date("2026-11-30T18:00:00Z");
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

describeEachDriver("opening an escalation names its cause and adds a repeat to the open one", ({ db }) => {
  let fx: CoordinationFixture;
  beforeAll(async () => {
    fx = await createCoordinationFixture(db());
  });
  const open = (draft: Partial<EscalationDraft>, now = T0) =>
    db().transaction((tx) => openEscalation(tx, { organizationId: fx.organizationId, clientId: fx.bobClient.id, trigger: "deadline_at_risk", severity: "critical", summary: "Deadline at risk", ...draft }, ESCALATION_SLA, now));
  const ofClient = () => db().select().from(escalations).where(eq(escalations.clientId, fx.bobClient.id));
  const notesOf = async (id: string) => (await db().select().from(escalationNotes).where(eq(escalationNotes.escalationId, id))).map((n) => n.body);

  it("makes nine identical deadline notices one escalation with eight repeats, even when they arrive at once", async () => {
    const draft = { evidence: { due: "2026-12-01" }, summary: "Loan contingency removal due 2026-12-01 (1 day left)" };
    const results = await Promise.all(Array.from({ length: 9 }, (_, i) => open(draft, at(i))));
    expect(results.filter((r) => r.created)).toHaveLength(1);
    const rows = await ofClient();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.causeKey).toBe(`deadline_at_risk:${fx.bobClient.id}:-:2026-12-01`);
    expect(await notesOf(rows[0]!.id)).toEqual(Array(8).fill(`Again: ${draft.summary}`));
  });

  it("opens a separate escalation for another deadline day, and for a cause the caller names", async () => {
    expect(await open({ evidence: { due: "2026-12-04" } }, at(20))).toMatchObject({ created: true });
    expect(await open({ causeKey: "deadline_at_risk:custom" }, at(21))).toMatchObject({ created: true });
    expect(await open({ causeKey: "deadline_at_risk:custom", onRepeat: "skip" }, at(22))).toMatchObject({ created: false });
    expect((await ofClient()).map((r) => r.causeKey).sort()).toEqual([`deadline_at_risk:${fx.bobClient.id}:-:2026-12-01`, `deadline_at_risk:${fx.bobClient.id}:-:2026-12-04`, "deadline_at_risk:custom"].sort());
  });

  it("adds to an older open escalation without a cause key for the same trigger and client", async () => {
    const [old] = await db().insert(escalations).values({ organizationId: fx.organizationId, clientId: fx.aliceClient.id, trigger: "human_requested", severity: "high", summary: "Asked for Jorge", ackDueAt: at(60), resolveDueAt: at(1440), createdAt: T0 }).returning();
    expect(await open({ clientId: fx.aliceClient.id, trigger: "human_requested", summary: "Carmen: talk to Jorge please" }, at(30))).toEqual({ id: old!.id, created: false });
    expect(await notesOf(old!.id)).toEqual(["Again: Carmen: talk to Jorge please"]);
  });

  it("starts a new escalation once the cause's last one is resolved", async () => {
    const first = await open({ clientId: fx.aliceClient.id, trigger: "fallback_exhausted", summary: "Nobody took Carmen" }, at(40));
    await db().update(escalations).set({ status: "resolved", acknowledgedAt: at(41), resolvedAt: at(41), resolution: "Alice took her" }).where(eq(escalations.id, first.id));
    const second = await open({ clientId: fx.aliceClient.id, trigger: "fallback_exhausted", summary: "Nobody took Carmen" }, at(50));
    expect(second.created).toBe(true);
    expect(second.id).not.toBe(first.id);
  });
});
