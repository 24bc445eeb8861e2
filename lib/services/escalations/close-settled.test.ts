import { and, eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { ESCALATION_SLA } from "@/lib/domain/settings/defaults";
import { assignments, clients, escalationNotes, escalations, tasks, transactions } from "@/lib/db/schema";
import { createCoordinationFixture, insertOffer, type CoordinationFixture } from "@/lib/db/testing/coordination-fixture";
import { describeEachDriver } from "@/lib/db/testing/each-driver";
import { respondToOffer } from "../offers/respond-to-offer";
import { closeSettledForClient, SETTLED_PREFIX, sweepSettledEscalations } from "./close-settled";
import { openEscalation, type EscalationDraft } from "./open-escalation";

const T0 = new Date("2026-11-30T18:00:00Z");
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
/** 5pm Pacific on Dec 1 is already Dec 2 in UTC. */
const DEC_1_5PM = new Date("2026-12-02T01:00:00Z");

describeEachDriver("escalations whose cause is gone close themselves", ({ db }) => {
  let fx: CoordinationFixture;
  beforeAll(async () => {
    fx = await createCoordinationFixture(db());
  });
  const open = (draft: Omit<EscalationDraft, "organizationId">, now = T0) => db().transaction((tx) => openEscalation(tx, { organizationId: fx.organizationId, ...draft }, ESCALATION_SLA, now));
  const row = async (id: string) => (await db().select().from(escalations).where(eq(escalations.id, id)))[0]!;
  const notes = async (id: string) => (await db().select().from(escalationNotes).where(eq(escalationNotes.escalationId, id))).map((n) => n.body);
  const newClient = async (firstName: string) => (await db().insert(clients).values({ organizationId: fx.organizationId, firstName, email: `${firstName.toLowerCase()}@example.com`, type: "buyer", pipeline: "buyer", marketId: fx.market.id }).returning())[0]!;

  it("closes 'nobody took Roberto' once a seat accepts him, with a note saying why", async () => {
    const roberto = await newClient("Roberto");
    const { id } = await open({ clientId: roberto.id, trigger: "fallback_exhausted", severity: "critical", summary: "Nobody on the fallback chain took Roberto" });
    expect((await row(id)).causeKey).toBe(`fallback_exhausted:${roberto.id}`);
    expect(await sweepSettledEscalations(db(), at(1))).toBe(0);

    const offer = await insertOffer(db(), fx, { clientId: roberto.id, seatId: fx.carlSeat.id, expiresAt: at(20) });
    // Accepting closes it in the same transaction; the sweep finds nothing left.
    expect(await respondToOffer(db(), fx.as.carl, { assignmentId: offer.id, answer: "accept" }, at(5))).toMatchObject({ ok: true });
    expect(await sweepSettledEscalations(db(), at(6))).toBe(0);
    const closed = await row(id);
    expect(closed).toMatchObject({ status: "resolved", resolvedAt: at(5), acknowledgedAt: at(5), resolution: `${SETTLED_PREFIX}Carl Closer accepted Roberto as lead, so somebody took the client.` });
    expect(await notes(id)).toEqual([closed.resolution]);
    expect(await sweepSettledEscalations(db(), at(7))).toBe(0);
  });

  it("closes at once inside the caller's transaction, and leaves what needs a person open", async () => {
    const ines = await newClient("Ines");
    const exhausted = await open({ clientId: ines.id, trigger: "fallback_exhausted", severity: "critical", summary: "Nobody took Ines" });
    const asked = await open({ clientId: ines.id, trigger: "human_requested", severity: "high", summary: "Ines asked for Jorge" });
    await db().insert(assignments).values({ organizationId: fx.organizationId, clientId: ines.id, seatId: fx.carlSeat.id, teamRole: "lead", seatRole: "buyer_specialist", state: "accepted", respondedAt: at(2) });
    expect(await db().transaction((tx) => closeSettledForClient(tx, fx.organizationId, ines.id, at(3)))).toBe(1);
    expect((await row(exhausted.id)).status).toBe("resolved");
    expect((await row(asked.id)).status).toBe("open");
  });

  it("closes an older escalation without a cause key the same way", async () => {
    const rosa = await newClient("Rosa");
    const [old] = await db().insert(escalations).values({ organizationId: fx.organizationId, clientId: rosa.id, trigger: "fallback_exhausted", severity: "critical", summary: "Nobody took Rosa", ackDueAt: at(15), resolveDueAt: at(240), createdAt: T0 }).returning();
    await db().insert(assignments).values({ organizationId: fx.organizationId, clientId: rosa.id, seatId: fx.aliceSeat.id, teamRole: "lead", seatRole: "buyer_specialist", state: "accepted", respondedAt: at(2) });
    expect(await sweepSettledEscalations(db(), at(3))).toBe(1);
    expect((await row(old!.id)).resolution).toBe(`${SETTLED_PREFIX}Alice Agent accepted Rosa as lead, so somebody took the client.`);
  });

  it("keys a deadline by the client's local day, folds a second task of that day into it, and closes once both are done", async () => {
    const tia = await newClient("Tia");
    const [deal] = await db().insert(transactions).values({ organizationId: fx.organizationId, clientId: tia.id, propertyAddress: "12 Vine St", side: "buy", price: 800_000, stage: "Under Contract", acceptanceDate: "2026-11-10", contractDates: { acceptance: "2026-11-10", loanContingency: "2026-12-01", appraisalContingency: "2026-12-01" } }).returning();
    const [loan, appraisal] = await db().insert(tasks).values([
      { organizationId: fx.organizationId, clientId: tia.id, title: "Loan contingency removal", kind: "deadline", dueAt: DEC_1_5PM },
      { organizationId: fx.organizationId, clientId: tia.id, title: "Appraisal contingency removal", kind: "deadline", dueAt: DEC_1_5PM },
    ]).returning();
    const risk = (taskId: string) => ({ clientId: tia.id, trigger: "deadline_at_risk" as const, severity: "critical" as const, summary: "Deadline due soon", evidence: { taskId }, onRepeat: "note" as const });
    const first = await open(risk(loan!.id));
    expect(await open(risk(appraisal!.id), at(1))).toEqual({ id: first.id, created: false });
    expect((await row(first.id)).causeKey).toBe(`deadline_at_risk:${tia.id}:${deal!.id}:2026-12-01`);

    await db().update(tasks).set({ status: "done", completedAt: at(10) }).where(eq(tasks.id, loan!.id));
    expect(await sweepSettledEscalations(db(), at(11))).toBe(0);
    await db().update(tasks).set({ status: "done", completedAt: at(12) }).where(eq(tasks.id, appraisal!.id));
    expect(await sweepSettledEscalations(db(), at(13))).toBe(1);
    expect((await row(first.id)).resolution).toBe(`${SETTLED_PREFIX}Deadline met: Loan contingency removal and Appraisal contingency removal marked done.`);
  });

  it("closes a deadline whose transaction fell through, and a high-commission notice once Jorge leads", async () => {
    const uma = await newClient("Uma");
    const [deal] = await db().insert(transactions).values({ organizationId: fx.organizationId, clientId: uma.id, propertyAddress: "3 Oak Ct", side: "sell", price: 1_300_000, stage: "Under Contract", contractDates: { closeOfEscrow: "2026-12-03" } }).returning();
    const deadline = await open({ clientId: uma.id, trigger: "deadline_at_risk", severity: "high", summary: "Close of escrow", evidence: { due: "2026-12-03" } });
    const big = await open({ clientId: uma.id, trigger: "high_commission", severity: "medium", summary: "Commission potential $78,000" });
    expect(await sweepSettledEscalations(db(), at(1))).toBe(0);
    await db().update(transactions).set({ status: "cancelled" }).where(and(eq(transactions.organizationId, fx.organizationId), eq(transactions.id, deal!.id)));
    const offer = await insertOffer(db(), fx, { clientId: uma.id, seatId: fx.jorgeSeat.id, expiresAt: at(20) });
    await respondToOffer(db(), fx.as.jorge, { assignmentId: offer.id, answer: "accept" }, at(2));
    expect(await sweepSettledEscalations(db(), at(3), 1)).toBe(0);
    expect((await row(deadline.id)).resolution).toContain("The transaction was cancelled");
    expect((await row(big.id)).resolution).toContain("Jorge now leads Uma himself");
  });
});
