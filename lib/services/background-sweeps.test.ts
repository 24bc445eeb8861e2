import { and, eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { clients, escalations, tasks } from "@/lib/db/schema";
import { createCoordinationFixture, type CoordinationFixture } from "@/lib/db/testing/coordination-fixture";
import { describeEachDriver } from "@/lib/db/testing/each-driver";
import { actOnEscalation } from "./escalations/act-on-escalation";
import { sweepEscalationSlas } from "./escalations/sla-sweep";
import { scheduleFollowUps } from "./tasks/follow-ups";
import { sweepDeadlineRisks, sweepTaskReminders } from "./tasks/reminders";

const T0 = new Date("2026-11-25T18:00:00Z");
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

describeEachDriver("background sweeps", ({ db }) => {
  let fx: CoordinationFixture;
  beforeAll(async () => {
    fx = await createCoordinationFixture(db());
  });

  it("announces an overdue acknowledgement once, then the resolve deadline once", async () => {
    const [e] = await db().insert(escalations).values({ organizationId: fx.organizationId, clientId: fx.aliceClient.id, trigger: "human_requested", severity: "high", summary: "Wants Jorge", ackDueAt: at(10), resolveDueAt: at(60), createdAt: T0 }).returning();
    expect(await sweepEscalationSlas(db(), at(5))).toBe(0);
    expect(await sweepEscalationSlas(db(), at(11))).toBe(1);
    expect(await sweepEscalationSlas(db(), at(12))).toBe(0);
    expect(await sweepEscalationSlas(db(), at(61))).toBe(1);
    expect(await sweepEscalationSlas(db(), at(90))).toBe(0);
    expect(await actOnEscalation(db(), fx.as.jorge, { escalationId: e!.id, action: "resolve", resolution: "Called the client back" }, at(91))).toEqual({ ok: true, data: { status: "resolved" } });
  });

  it("reminds a seat of a task due within the hour, once", async () => {
    await db().insert(tasks).values({ organizationId: fx.organizationId, clientId: fx.aliceClient.id, seatId: fx.aliceSeat.id, title: "Call Carmen", kind: "call", dueAt: at(30), createdAt: T0 });
    expect(await sweepTaskReminders(db(), at(-60))).toBe(0);
    expect(await sweepTaskReminders(db(), T0)).toBe(1);
    expect(await sweepTaskReminders(db(), at(1))).toBe(0);
  });

  it("escalates a contract deadline at risk once per task, and not again after it is resolved", async () => {
    await db().insert(tasks).values({ organizationId: fx.organizationId, clientId: fx.bobClient.id, seatId: fx.bobSeat.id, title: "Loan contingency removal: 12 Main St", kind: "deadline", dueAt: at(600), createdAt: T0 });
    expect(await sweepDeadlineRisks(db(), at(-2000))).toBe(0);
    expect(await sweepDeadlineRisks(db(), T0)).toBe(1);
    expect(await sweepDeadlineRisks(db(), at(5))).toBe(0);
    const [e] = await db().select().from(escalations).where(and(eq(escalations.clientId, fx.bobClient.id), eq(escalations.trigger, "deadline_at_risk")));
    // 04:00 UTC on Nov 26 is 8 pm on Nov 25 in the client's Pacific time: the deadline is that evening.
    expect(e).toMatchObject({ severity: "critical", summary: "Loan contingency removal: 12 Main St due Nov 25, 2026 (1 day left)" });
    await actOnEscalation(db(), fx.as.jorge, { escalationId: e!.id, action: "resolve", resolution: "Lender confirmed approval" }, at(10));
    expect(await sweepDeadlineRisks(db(), at(20))).toBe(0);
  });

  it("schedules one follow-up at a time on Jorge's cadence, inside business hours, never for an opted-out client", async () => {
    const created = new Date("2026-11-20T18:00:00Z");
    const [c] = await db().insert(clients).values({ organizationId: fx.organizationId, firstName: "Fiona", lastName: "Follow", email: "fiona@example.com", type: "buyer", pipeline: "buyer", ownerSeatId: fx.aliceSeat.id, createdAt: created }).returning();
    const [quiet] = await db().insert(clients).values({ organizationId: fx.organizationId, firstName: "Oscar", lastName: "Out", email: "oscar@example.com", type: "buyer", pipeline: "buyer", ownerSeatId: fx.aliceSeat.id, createdAt: created, optedOutAt: created }).returning();
    const night = new Date("2026-11-26T05:00:00Z");
    expect(await scheduleFollowUps(db(), night)).toBeGreaterThanOrEqual(1);
    const first = await db().select().from(tasks).where(and(eq(tasks.clientId, c!.id), eq(tasks.kind, "follow_up")));
    expect(first.map((t) => [t.attempt, t.dueAt!.toISOString(), t.seatId])).toEqual([[1, "2026-11-26T17:00:00.000Z", fx.aliceSeat.id]]);
    expect(await scheduleFollowUps(db(), night)).toBe(0);
    await db().update(tasks).set({ status: "done", completedAt: night }).where(eq(tasks.id, first[0]!.id));
    expect(await scheduleFollowUps(db(), new Date("2026-11-26T19:00:00Z"))).toBeGreaterThanOrEqual(1);
    const attempts = await db().select({ attempt: tasks.attempt, dueAt: tasks.dueAt }).from(tasks).where(and(eq(tasks.clientId, c!.id), eq(tasks.kind, "follow_up")));
    expect(attempts.map((a) => a.attempt).sort()).toEqual([1, 2]);
    expect(await db().select().from(tasks).where(eq(tasks.clientId, quiet!.id))).toEqual([]);
  });
});
