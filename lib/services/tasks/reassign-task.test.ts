import { and, eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { auditLog, seatNotices, tasks, users } from "@/lib/db/schema";
import { createCoordinationFixture, type CoordinationFixture } from "@/lib/db/testing/coordination-fixture";
import { describeEachDriver } from "@/lib/db/testing/each-driver";
import { reassignTask } from "./reassign-task";
import { insertTask, readOnlyViewer } from "./task-fixture";

const NOW = new Date("2026-12-01T18:00:00Z");

describeEachDriver("reassigning a task", ({ db }) => {
  let fx: CoordinationFixture;
  beforeAll(async () => {
    fx = await createCoordinationFixture(db());
  });

  const noticesOf = (seatId: string) => db().select().from(seatNotices).where(and(eq(seatNotices.organizationId, fx.organizationId), eq(seatNotices.seatId, seatId)));

  it("gives the task to a teammate, clears its reminder, audits it and tells the new seat", async () => {
    const task = await insertTask(db(), fx, { clientId: fx.aliceClient.id, seatId: fx.aliceSeat.id, title: "Send the comps", dueAt: new Date("2026-12-02T17:00:00Z"), remindedAt: NOW });
    expect(await reassignTask(db(), fx.as.alice, { taskId: task.id, seatId: fx.carlSeat.id }, NOW)).toEqual({ ok: true, data: { id: task.id, clientId: fx.aliceClient.id, seatId: fx.carlSeat.id, seatName: "Carl Closer" } });
    const [row] = await db().select().from(tasks).where(eq(tasks.id, task.id));
    expect(row).toMatchObject({ seatId: fx.carlSeat.id, remindedAt: null, status: "open" });
    const [notice] = await noticesOf(fx.carlSeat.id);
    expect(notice).toMatchObject({ kind: "task_reassigned", clientId: fx.aliceClient.id, href: "/tasks", readAt: null, body: 'Alice Agent gave you the task "Send the comps" on Carmen Buyer, due Dec 2, 9:00 AM PST.' });
    const audit = await db().select().from(auditLog).where(eq(auditLog.entityId, task.id));
    expect(audit).toMatchObject([{ action: "task.reassigned", data: { from: fx.aliceSeat.id, to: fx.carlSeat.id } }]);
  });

  it("lets the new seat act on its task on a client it does not work, and hand it back", async () => {
    const task = await insertTask(db(), fx, { clientId: fx.bobClient.id, seatId: fx.bobSeat.id });
    expect(await reassignTask(db(), fx.as.bob, { taskId: task.id, seatId: fx.carlSeat.id }, NOW)).toMatchObject({ ok: true });
    expect(await reassignTask(db(), fx.as.carl, { taskId: task.id, seatId: fx.bobSeat.id }, NOW)).toMatchObject({ ok: true });
    expect((await noticesOf(fx.bobSeat.id)).map((n) => n.body)).toEqual([expect.stringMatching(/^Carl Closer gave you the task/)]);
  });

  it("tells nobody when Jorge takes a task for his own seat", async () => {
    const task = await insertTask(db(), fx, { clientId: fx.bobClient.id, seatId: fx.bobSeat.id });
    expect(await reassignTask(db(), fx.as.jorge, { taskId: task.id, seatId: fx.jorgeSeat.id }, NOW)).toMatchObject({ ok: true });
    expect(await noticesOf(fx.jorgeSeat.id)).toEqual([]);
  });

  it("refuses the same seat, an unknown seat, a disabled account, other seats' tasks and viewers, writing nothing", async () => {
    const task = await insertTask(db(), fx, { clientId: fx.aliceClient.id, seatId: fx.aliceSeat.id });
    const bobs = await insertTask(db(), fx, { clientId: fx.bobClient.id, seatId: fx.bobSeat.id });
    const before = (await noticesOf(fx.carlSeat.id)).length;
    expect(await reassignTask(db(), fx.as.alice, { taskId: task.id, seatId: fx.aliceSeat.id }, NOW)).toMatchObject({ ok: false, status: 409 });
    expect(await reassignTask(db(), fx.as.alice, { taskId: task.id, seatId: "00000000-0000-4000-8000-000000000000" }, NOW)).toMatchObject({ ok: false, status: 422 });
    expect(await reassignTask(db(), fx.as.alice, { taskId: bobs.id, seatId: fx.carlSeat.id }, NOW)).toMatchObject({ ok: false, status: 404 });
    expect(await reassignTask(db(), readOnlyViewer(fx), { taskId: task.id, seatId: fx.carlSeat.id }, NOW)).toMatchObject({ ok: false, status: 403 });
    expect(await reassignTask(db(), fx.as.alice, { taskId: task.id }, NOW)).toMatchObject({ ok: false, status: 400, error: expect.stringContaining("seatId") });
    await db().update(users).set({ disabledAt: NOW }).where(eq(users.id, fx.carl.id));
    expect(await reassignTask(db(), fx.as.alice, { taskId: task.id, seatId: fx.carlSeat.id }, NOW)).toMatchObject({ ok: false, status: 422, error: expect.stringContaining("disabled") });
    await db().update(users).set({ disabledAt: null }).where(eq(users.id, fx.carl.id));
    expect((await noticesOf(fx.carlSeat.id)).length).toBe(before);
    expect((await db().select().from(tasks).where(eq(tasks.id, task.id)))[0]!.seatId).toBe(fx.aliceSeat.id);
  });
});
