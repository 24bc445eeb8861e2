import { eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { assignments, tasks, threadMessages } from "@/lib/db/schema";
import { createCoordinationFixture, type CoordinationFixture } from "@/lib/db/testing/coordination-fixture";
import { describeEachDriver } from "@/lib/db/testing/each-driver";
import { assignTeamTask } from "./assign-task";
import { postToThread } from "./post-to-thread";

const T0 = new Date("2026-11-25T18:00:00Z");

describeEachDriver("team response: one thread, one reply plan, tasks with due dates", ({ db }) => {
  let fx: CoordinationFixture;
  beforeAll(async () => {
    fx = await createCoordinationFixture(db());
    await db().insert(assignments).values({ organizationId: fx.organizationId, clientId: fx.aliceClient.id, seatId: fx.carlSeat.id, teamRole: "support", seatRole: "buyer_specialist", state: "accepted", respondedAt: T0 });
  });

  it("lets supporters post notes but only the lead set the reply plan", async () => {
    const c = fx.aliceClient.id;
    expect(await postToThread(db(), fx.as.carl, { clientId: c, kind: "note", body: "Comps in Etiwanda are up 3%" }, T0)).toMatchObject({ ok: true });
    expect(await postToThread(db(), fx.as.carl, { clientId: c, kind: "reply_plan", body: "Tell them to offer list" }, T0)).toMatchObject({ ok: false, status: 403 });
    expect(await postToThread(db(), fx.as.alice, { clientId: c, kind: "reply_plan", body: "One answer: two showings Saturday, comps attached" }, T0)).toMatchObject({ ok: true });
    expect(await postToThread(db(), fx.as.bob, { clientId: c, kind: "note", body: "Not my client" }, T0)).toMatchObject({ ok: false, status: 404 });
    expect(await postToThread(db(), fx.as.alice, { clientId: c, kind: "note", body: "   " }, T0)).toMatchObject({ ok: false, status: 400 });
    expect((await db().select().from(threadMessages).where(eq(threadMessages.clientId, c))).map((m) => m.kind).sort()).toEqual(["note", "reply_plan"]);
  });

  it("lets the lead give teammates tasks; a supporter only gives itself one", async () => {
    const c = fx.aliceClient.id;
    const due = "2026-11-27T17:00:00Z";
    expect(await assignTeamTask(db(), fx.as.alice, { clientId: c, seatId: fx.carlSeat.id, title: "Pull three comps", dueAt: due }, T0)).toMatchObject({ ok: true });
    expect(await assignTeamTask(db(), fx.as.carl, { clientId: c, seatId: fx.aliceSeat.id, title: "Call the lender", dueAt: due }, T0)).toMatchObject({ ok: false, status: 403 });
    expect(await assignTeamTask(db(), fx.as.alice, { clientId: c, seatId: fx.bobSeat.id, title: "Stage the house", dueAt: due }, T0)).toMatchObject({ ok: false, status: 422 });
    expect(await assignTeamTask(db(), fx.as.alice, { clientId: c, seatId: fx.carlSeat.id, title: "Too late", dueAt: "2026-11-20T17:00:00Z" }, T0)).toMatchObject({ ok: false, status: 400, error: expect.stringContaining("past") });
    expect(await assignTeamTask(db(), fx.as.alice, { clientId: c, seatId: fx.carlSeat.id, title: "No date", dueAt: "soon" }, T0)).toMatchObject({ ok: false, status: 400 });
    const open = await db().select().from(tasks).where(eq(tasks.clientId, c));
    expect(open.map((t) => [t.title, t.seatId, t.dueAt!.toISOString()])).toEqual([["Pull three comps", fx.carlSeat.id, "2026-11-27T17:00:00.000Z"]]);
  });
});
