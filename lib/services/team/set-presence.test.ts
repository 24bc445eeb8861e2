import { eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { DEFAULT_ROLE_PERMISSIONS } from "@/lib/domain/auth/permissions";
import { auditLog, seats } from "@/lib/db/schema";
import { createCoordinationFixture, type CoordinationFixture } from "@/lib/db/testing/coordination-fixture";
import { describeEachDriver } from "@/lib/db/testing/each-driver";
import { NO_SEAT, setPresence } from "./set-presence";

const NOW = new Date("2026-12-01T18:00:00Z");

describeEachDriver("a seat sets its own presence", ({ db }) => {
  let fx: CoordinationFixture;
  beforeAll(async () => {
    fx = await createCoordinationFixture(db());
  });

  const presenceOf = async (seatId: string) => (await db().select({ presence: seats.presence }).from(seats).where(eq(seats.id, seatId)))[0]!.presence;

  it("goes away and comes back, each change audited once", async () => {
    expect(await setPresence(db(), fx.as.alice, { presence: "away" }, NOW)).toEqual({ ok: true, data: { presence: "away", changed: true } });
    expect(await presenceOf(fx.aliceSeat.id)).toBe("away");
    expect(await setPresence(db(), fx.as.alice, { presence: "away" }, NOW)).toEqual({ ok: true, data: { presence: "away", changed: false } });
    expect(await setPresence(db(), fx.as.alice, { presence: "available" }, NOW)).toMatchObject({ ok: true, data: { changed: true } });
    expect(await presenceOf(fx.aliceSeat.id)).toBe("available");
    const audit = await db().select().from(auditLog).where(eq(auditLog.entityId, fx.aliceSeat.id));
    expect(audit.map((a) => a.data)).toEqual([{ from: "available", to: "away" }, { from: "away", to: "available" }]);
  });

  it("touches only the viewer's own seat, Jorge's included", async () => {
    expect(await setPresence(db(), fx.as.jorge, { presence: "vacation" }, NOW)).toMatchObject({ ok: true });
    expect(await presenceOf(fx.jorgeSeat.id)).toBe("vacation");
    expect(await presenceOf(fx.bobSeat.id)).toBe("available");
  });

  it("leaves offline to signing out, and refuses people without a seat", async () => {
    expect(await setPresence(db(), fx.as.bob, { presence: "offline" }, NOW)).toMatchObject({ ok: false, status: 400, error: expect.stringContaining("offline follows from signing out") });
    expect(await setPresence(db(), fx.as.bob, {}, NOW)).toMatchObject({ ok: false, status: 400 });
    const viewer = { ...fx.as.bob, role: "viewer", seatId: null, permissions: [...DEFAULT_ROLE_PERMISSIONS.viewer] };
    expect(await setPresence(db(), viewer, { presence: "away" }, NOW)).toEqual({ ok: false, status: 403, error: NO_SEAT });
    expect(await presenceOf(fx.bobSeat.id)).toBe("available");
  });
});
