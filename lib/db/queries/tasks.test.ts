import { eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { tasks, users } from "../schema";
import { createCoordinationFixture, type CoordinationFixture } from "../testing/coordination-fixture";
import { describeEachDriver } from "../testing/each-driver";
import type { ClientScope } from "./scope";
import { listClientOpenTasks, listDayTasks, listTaskSeatOptions, TASK_BUCKETS, type TaskDay } from "./tasks";

const NOW = new Date("2026-12-01T18:00:00Z");
const H = 3_600_000;
const day: TaskDay = { now: NOW, dayEnd: new Date("2026-12-02T08:00:00Z"), doneSince: new Date(NOW.getTime() - 7 * 24 * H), perGroup: 2 };

describeEachDriver("task lists", ({ db }) => {
  let fx: CoordinationFixture;
  let alice: ClientScope;
  let all: ClientScope;
  beforeAll(async () => {
    fx = await createCoordinationFixture(db());
    alice = { organizationId: fx.organizationId, seatId: fx.aliceSeat.id, all: false };
    all = { organizationId: fx.organizationId, seatId: fx.jorgeSeat.id, all: true };
    const base = { organizationId: fx.organizationId, kind: "call" };
    const at = (hours: number) => new Date(NOW.getTime() + hours * H);
    await db().insert(tasks).values([
      { ...base, clientId: fx.aliceClient.id, seatId: fx.aliceSeat.id, title: "Overdue two days", dueAt: at(-48) },
      { ...base, clientId: fx.aliceClient.id, seatId: fx.aliceSeat.id, title: "Overdue an hour", dueAt: at(-1) },
      { ...base, clientId: fx.aliceClient.id, seatId: fx.aliceSeat.id, title: "Overdue three days", dueAt: at(-72) },
      { ...base, clientId: fx.aliceClient.id, seatId: fx.aliceSeat.id, title: "Later today", dueAt: at(3) },
      { ...base, clientId: fx.aliceClient.id, seatId: fx.aliceSeat.id, title: "Next week", dueAt: at(24 * 6) },
      { ...base, clientId: fx.aliceClient.id, seatId: fx.aliceSeat.id, title: "Someday", dueAt: null },
      { ...base, clientId: fx.bobClient.id, seatId: fx.aliceSeat.id, title: "Mine on Bob's client", dueAt: at(30) },
      { ...base, clientId: fx.aliceClient.id, seatId: fx.aliceSeat.id, title: "Done yesterday", dueAt: at(-30), status: "done", completedAt: at(-24) },
      { ...base, clientId: fx.aliceClient.id, seatId: fx.aliceSeat.id, title: "Done last month", dueAt: at(-800), status: "done", completedAt: at(-700) },
      { ...base, clientId: fx.aliceClient.id, seatId: fx.aliceSeat.id, title: "Cancelled", dueAt: at(2), status: "cancelled" },
      { ...base, clientId: fx.bobClient.id, seatId: fx.bobSeat.id, title: "Bob's call", dueAt: at(1) },
    ]);
  });

  it("group a seat's tasks into overdue, today, upcoming and recently done, a few of each with the group's total", async () => {
    const rows = await listDayTasks(db(), alice, null, day);
    const groups = Object.fromEntries(TASK_BUCKETS.map((b) => [b, rows.filter((r) => r.bucket === b)]));
    expect(groups.overdue!.map((t) => t.title)).toEqual(["Overdue three days", "Overdue two days"]);
    expect(groups.overdue!.every((t) => t.groupTotal === 3)).toBe(true);
    expect(groups.today!.map((t) => [t.title, t.groupTotal])).toEqual([["Later today", 1]]);
    expect(groups.upcoming!.map((t) => [t.title, t.groupTotal])).toEqual([["Mine on Bob's client", 3], ["Next week", 3]]);
    expect(groups.done!.map((t) => t.title)).toEqual(["Done yesterday"]);
    expect(rows.find((t) => t.title === "Later today")).toMatchObject({ clientName: "Carmen Buyer", seatName: "Alice Agent", reachable: true, dueAt: new Date(NOW.getTime() + 3 * H) });
  });

  it("link only the clients the seat works, and keep undated tasks last", async () => {
    const rows = await listDayTasks(db(), alice, null, { ...day, perGroup: 10 });
    expect(rows.find((t) => t.title === "Mine on Bob's client")!.reachable).toBe(false);
    expect(rows.filter((t) => t.bucket === "upcoming").map((t) => t.title)).toEqual(["Mine on Bob's client", "Next week", "Someday"]);
  });

  it("give a team member only their own seat's tasks, whatever seat they ask for", async () => {
    const rows = await listDayTasks(db(), alice, fx.bobSeat.id, { ...day, perGroup: 10 });
    expect(rows.some((t) => t.title === "Bob's call")).toBe(false);
    expect(await listDayTasks(db(), { ...alice, seatId: null }, null, day)).toEqual([]);
  });

  it("give Jorge every seat's tasks, or one seat's", async () => {
    const everyone = await listDayTasks(db(), all, null, { ...day, perGroup: 10 });
    expect(everyone.filter((t) => t.bucket === "today").map((t) => t.title).sort()).toEqual(["Bob's call", "Later today"]);
    const bobs = await listDayTasks(db(), all, fx.bobSeat.id, day);
    expect(bobs.map((t) => [t.title, t.seatName, t.reachable])).toEqual([["Bob's call", "Bob Agent", true]]);
  });

  it("list a client's open tasks soonest first with their seats", async () => {
    const open = await listClientOpenTasks(db(), fx.organizationId, fx.bobClient.id);
    expect(open.map((t) => [t.title, t.seatName])).toEqual([["Bob's call", "Bob Agent"], ["Mine on Bob's client", "Alice Agent"]]);
  });

  it("list the seats a task can belong to, people first, marking disabled accounts", async () => {
    await db().update(users).set({ disabledAt: NOW }).where(eq(users.id, fx.carl.id));
    const options = await listTaskSeatOptions(db(), fx.organizationId);
    expect(options.map((s) => [s.name, s.disabled])).toEqual([["Alice Agent", false], ["Bob Agent", false], ["Carl Closer", true], ["Jorge Salas", false], ["Buyer AI", false]]);
    await db().update(users).set({ disabledAt: null }).where(eq(users.id, fx.carl.id));
  });
});
