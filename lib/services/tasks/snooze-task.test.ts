import { eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { auditLog, clients, tasks } from "@/lib/db/schema";
import { createCoordinationFixture, type CoordinationFixture } from "@/lib/db/testing/coordination-fixture";
import { describeEachDriver } from "@/lib/db/testing/each-driver";
import { snoozeTask } from "./snooze-task";
import { insertTask, readOnlyViewer } from "./task-fixture";

// Tuesday, December 1, 2026, 10am in Los Angeles.
const NOW = new Date("2026-12-01T18:00:00Z");

describeEachDriver("snoozing a task", ({ db }) => {
  let fx: CoordinationFixture;
  beforeAll(async () => {
    fx = await createCoordinationFixture(db());
  });

  const dueOf = async (id: string) => (await db().select().from(tasks).where(eq(tasks.id, id)))[0]!;

  it("puts a task off an hour, to 9am tomorrow, to next Monday or to a chosen day, and clears its reminder", async () => {
    const task = await insertTask(db(), fx, { clientId: fx.aliceClient.id, seatId: fx.aliceSeat.id, remindedAt: NOW });
    const snooze = async (until: string, day?: string) => {
      const result = await snoozeTask(db(), fx.as.alice, { taskId: task.id, until, day }, NOW);
      return result.ok ? result.data.dueAt.toISOString() : result.error;
    };
    expect(await snooze("hour")).toBe("2026-12-01T19:00:00.000Z");
    expect((await dueOf(task.id)).remindedAt).toBeNull();
    expect(await snooze("tomorrow")).toBe("2026-12-02T17:00:00.000Z");
    expect(await snooze("next_week")).toBe("2026-12-07T17:00:00.000Z");
    expect(await snooze("date", "2026-12-24")).toBe("2026-12-24T17:00:00.000Z");
    expect((await dueOf(task.id)).dueAt).toEqual(new Date("2026-12-24T17:00:00Z"));
    const audit = await db().select().from(auditLog).where(eq(auditLog.entityId, task.id));
    expect(audit.map((a) => a.action)).toEqual(["task.snoozed", "task.snoozed", "task.snoozed", "task.snoozed"]);
  });

  it("reads the morning in the client's time zone", async () => {
    const [east] = await db().insert(clients).values({ organizationId: fx.organizationId, firstName: "Nora", lastName: "East", email: "nora@example.com", type: "buyer", pipeline: "buyer", timeZone: "America/New_York", ownerSeatId: fx.aliceSeat.id }).returning();
    const task = await insertTask(db(), fx, { clientId: east!.id, seatId: fx.aliceSeat.id });
    expect(await snoozeTask(db(), fx.as.alice, { taskId: task.id, until: "tomorrow" }, NOW)).toMatchObject({ ok: true, data: { dueAt: new Date("2026-12-02T14:00:00Z") } });
  });

  it("refuses a day whose 9am passed, a day over a year out, a missing or impossible day, and unknown choices", async () => {
    const task = await insertTask(db(), fx, { clientId: fx.aliceClient.id, seatId: fx.aliceSeat.id });
    const before = (await dueOf(task.id)).dueAt;
    const refused = async (input: Record<string, unknown>) => {
      const result = await snoozeTask(db(), fx.as.alice, { taskId: task.id, ...input }, NOW);
      expect(result.ok).toBe(false);
      return result.ok ? "" : result.error;
    };
    expect(await refused({ until: "date", day: "2026-12-01" })).toMatch(/already passed/);
    expect(await refused({ until: "date", day: "2028-01-05" })).toMatch(/up to a year/);
    expect(await refused({ until: "date" })).toMatch(/^day: Pick the day/);
    expect(await refused({ until: "date", day: "2027-02-30" })).toMatch(/not a calendar date/);
    expect(await refused({ until: "forever" })).toMatch(/^until: Choose how long/);
    expect((await dueOf(task.id)).dueAt).toEqual(before);
  });

  it("keeps other seats' tasks out of reach, viewers read only, and done tasks done", async () => {
    const bobs = await insertTask(db(), fx, { clientId: fx.bobClient.id, seatId: fx.bobSeat.id });
    expect(await snoozeTask(db(), fx.as.alice, { taskId: bobs.id, until: "hour" }, NOW)).toMatchObject({ ok: false, status: 404 });
    expect(await snoozeTask(db(), readOnlyViewer(fx), { taskId: bobs.id, until: "hour" }, NOW)).toMatchObject({ ok: false, status: 403 });
    expect(await snoozeTask(db(), fx.as.jorge, { taskId: bobs.id, until: "hour" }, NOW)).toMatchObject({ ok: true });
    const done = await insertTask(db(), fx, { clientId: fx.aliceClient.id, seatId: fx.aliceSeat.id, status: "done" });
    expect(await snoozeTask(db(), fx.as.alice, { taskId: done.id, until: "hour" }, NOW)).toMatchObject({ ok: false, status: 409 });
  });
});
