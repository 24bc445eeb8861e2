import { and, eq, isNull } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { seatNotices } from "@/lib/db/schema";
import { createCoordinationFixture, type CoordinationFixture } from "@/lib/db/testing/coordination-fixture";
import { describeEachDriver } from "@/lib/db/testing/each-driver";
import { markNoticesRead, NOT_YOUR_NOTICE } from "./mark-notices-read";

const NOW = new Date("2026-12-01T18:00:00Z");

describeEachDriver("marking seat notices read", ({ db }) => {
  let fx: CoordinationFixture;
  beforeAll(async () => {
    fx = await createCoordinationFixture(db());
  });

  const notice = async (seatId: string, body: string) =>
    (await db().insert(seatNotices).values({ organizationId: fx.organizationId, seatId, kind: "task_reassigned", body, createdAt: NOW }).returning())[0]!;
  const unread = (seatId: string) => db().select().from(seatNotices).where(and(eq(seatNotices.seatId, seatId), isNull(seatNotices.readAt)));

  it("marks one notice read, then the rest at once", async () => {
    const first = await notice(fx.aliceSeat.id, "Bob gave you a task.");
    await notice(fx.aliceSeat.id, "Carmen moved to you.");
    await notice(fx.aliceSeat.id, "A reminder.");
    expect(await markNoticesRead(db(), fx.as.alice, { noticeId: first.id }, NOW)).toEqual({ ok: true, data: { marked: 1 } });
    expect(await markNoticesRead(db(), fx.as.alice, { noticeId: first.id }, NOW)).toEqual({ ok: true, data: { marked: 0 } });
    expect(await unread(fx.aliceSeat.id)).toHaveLength(2);
    expect(await markNoticesRead(db(), fx.as.alice, { all: true }, NOW)).toEqual({ ok: true, data: { marked: 2 } });
    expect(await unread(fx.aliceSeat.id)).toHaveLength(0);
  });

  it("keeps another seat's notices out of reach, Jorge's and a seatless viewer's hands included", async () => {
    const bobs = await notice(fx.bobSeat.id, "Sam moved to you.");
    expect(await markNoticesRead(db(), fx.as.alice, { noticeId: bobs.id }, NOW)).toEqual({ ok: false, status: 404, error: NOT_YOUR_NOTICE });
    expect(await markNoticesRead(db(), fx.as.jorge, { noticeId: bobs.id }, NOW)).toEqual({ ok: false, status: 404, error: NOT_YOUR_NOTICE });
    expect(await markNoticesRead(db(), { ...fx.as.alice, seatId: null }, { all: true }, NOW)).toEqual({ ok: false, status: 404, error: NOT_YOUR_NOTICE });
    expect(await markNoticesRead(db(), fx.as.alice, { all: true }, NOW)).toEqual({ ok: true, data: { marked: 0 } });
    expect(await unread(fx.bobSeat.id)).toHaveLength(1);
    expect(await markNoticesRead(db(), fx.as.alice, { noticeId: "x" }, NOW)).toMatchObject({ ok: false, status: 400 });
  });
});
