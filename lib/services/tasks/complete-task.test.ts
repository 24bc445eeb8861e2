import { and, eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { auditLog, tasks } from "@/lib/db/schema";
import { createCoordinationFixture, type CoordinationFixture } from "@/lib/db/testing/coordination-fixture";
import { describeEachDriver } from "@/lib/db/testing/each-driver";
import { completeTask } from "./complete-task";
import { insertTask, readOnlyViewer } from "./task-fixture";
import { NOT_YOUR_TASK } from "./task-access";

const NOW = new Date("2026-12-01T18:00:00Z");

describeEachDriver("completing a task", ({ db }) => {
  let fx: CoordinationFixture;
  beforeAll(async () => {
    fx = await createCoordinationFixture(db());
  });

  it("marks the seat's own task done once, with the time and an audit entry", async () => {
    const task = await insertTask(db(), fx, { clientId: fx.aliceClient.id, seatId: fx.aliceSeat.id });
    expect(await completeTask(db(), fx.as.alice, { taskId: task.id }, NOW)).toEqual({ ok: true, data: { id: task.id, clientId: fx.aliceClient.id, title: task.title } });
    const [row] = await db().select().from(tasks).where(eq(tasks.id, task.id));
    expect(row).toMatchObject({ status: "done", completedAt: NOW });
    expect(await completeTask(db(), fx.as.alice, { taskId: task.id }, NOW)).toMatchObject({ ok: false, status: 409, error: expect.stringContaining("already done") });
    const audit = await db().select().from(auditLog).where(and(eq(auditLog.organizationId, fx.organizationId), eq(auditLog.entityId, task.id)));
    expect(audit.map((a) => a.action)).toEqual(["task.completed"]);
  });

  it("lets a seat finish a teammate's task on a client it works, and Jorge any task", async () => {
    const carlsOnAlice = await insertTask(db(), fx, { clientId: fx.aliceClient.id, seatId: fx.carlSeat.id });
    expect(await completeTask(db(), fx.as.alice, { taskId: carlsOnAlice.id }, NOW)).toMatchObject({ ok: true });
    const bobs = await insertTask(db(), fx, { clientId: fx.bobClient.id, seatId: fx.bobSeat.id });
    expect(await completeTask(db(), fx.as.jorge, { taskId: bobs.id }, NOW)).toMatchObject({ ok: true });
  });

  it("lets a seat finish its own task on a client it does not work", async () => {
    const mineOnBob = await insertTask(db(), fx, { clientId: fx.bobClient.id, seatId: fx.carlSeat.id });
    expect(await completeTask(db(), fx.as.carl, { taskId: mineOnBob.id }, NOW)).toMatchObject({ ok: true });
  });

  it("hides other seats' tasks on other clients, refuses viewers and cancelled tasks, and writes nothing when refusing", async () => {
    const bobs = await insertTask(db(), fx, { clientId: fx.bobClient.id, seatId: fx.bobSeat.id });
    expect(await completeTask(db(), fx.as.alice, { taskId: bobs.id }, NOW)).toEqual({ ok: false, status: 404, error: NOT_YOUR_TASK });
    expect(await completeTask(db(), readOnlyViewer(fx), { taskId: bobs.id }, NOW)).toMatchObject({ ok: false, status: 403 });
    expect(await completeTask(db(), fx.as.alice, { taskId: "00000000-0000-4000-8000-000000000000" }, NOW)).toEqual({ ok: false, status: 404, error: NOT_YOUR_TASK });
    expect(await completeTask(db(), fx.as.alice, { taskId: "soon" }, NOW)).toMatchObject({ ok: false, status: 400, error: expect.stringContaining("taskId") });
    const cancelled = await insertTask(db(), fx, { clientId: fx.aliceClient.id, seatId: fx.aliceSeat.id, status: "cancelled" });
    expect(await completeTask(db(), fx.as.alice, { taskId: cancelled.id }, NOW)).toMatchObject({ ok: false, status: 409, error: expect.stringContaining("cancelled") });
    const [row] = await db().select().from(tasks).where(eq(tasks.id, bobs.id));
    expect(row).toMatchObject({ status: "open", completedAt: null });
  });
});
