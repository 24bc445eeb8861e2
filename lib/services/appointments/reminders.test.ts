import { and, eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { appointments, seatNotices } from "@/lib/db/schema";
import { createCoordinationFixture, type CoordinationFixture } from "@/lib/db/testing/coordination-fixture";
import { describeEachDriver } from "@/lib/db/testing/each-driver";
import { sweepAppointmentReminders } from "./reminders";

describeEachDriver("reminding a seat before its appointments", ({ db }) => {
  let fx: CoordinationFixture;
  const now = new Date("2026-03-14T16:35:00Z");
  const noticesOf = (seatId: string) => db().select().from(seatNotices).where(and(eq(seatNotices.organizationId, fx.organizationId), eq(seatNotices.seatId, seatId)));
  const book = (o: { seatId: string; clientId: string; startsAt: string; status?: string; kind?: string }) =>
    db().insert(appointments).values({ organizationId: fx.organizationId, kind: o.kind ?? "showing", timeZone: "America/Los_Angeles", place: "7421 Etiwanda Ave", status: o.status ?? "scheduled", ...o, startsAt: new Date(o.startsAt), endsAt: new Date(new Date(o.startsAt).getTime() + 45 * 60_000) }).returning();

  beforeAll(async () => {
    fx = await createCoordinationFixture(db());
  });

  it("tells the seat once, 30 minutes ahead, and leaves later, started, cancelled and finished ones alone", async () => {
    const [soon] = await book({ seatId: fx.aliceSeat.id, clientId: fx.aliceClient.id, startsAt: "2026-03-14T17:00:00Z" });
    await book({ seatId: fx.aliceSeat.id, clientId: fx.aliceClient.id, startsAt: "2026-03-14T18:00:00Z" });
    await book({ seatId: fx.aliceSeat.id, clientId: fx.aliceClient.id, startsAt: "2026-03-14T16:30:00Z" });
    await book({ seatId: fx.bobSeat.id, clientId: fx.bobClient.id, startsAt: "2026-03-14T16:50:00Z", status: "cancelled" });
    expect(await sweepAppointmentReminders(db(), now)).toBe(1);
    expect(await noticesOf(fx.aliceSeat.id)).toEqual([expect.objectContaining({
      kind: "appointment_reminder", clientId: fx.aliceClient.id, href: `/clients/${fx.aliceClient.id}`,
      body: "Showing with Carmen Buyer in 25 min, at 10:00 AM PDT (client's time), 7421 Etiwanda Ave.",
    })]);
    expect(await noticesOf(fx.bobSeat.id)).toEqual([]);
    const [stored] = await db().select().from(appointments).where(eq(appointments.id, soon!.id));
    expect(stored!.remindedAt).toEqual(now);
    expect(await sweepAppointmentReminders(db(), new Date(now.getTime() + 60_000)), "a second sweep finds nothing new").toBe(0);
  });

  it("reminds of the next one when its time comes, with two sweeps at once sending it only once", async () => {
    const later = new Date("2026-03-14T17:31:00Z");
    const counts = await Promise.all([sweepAppointmentReminders(db(), later), sweepAppointmentReminders(db(), later)]);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(1);
    expect(await noticesOf(fx.aliceSeat.id)).toHaveLength(2);
  });
});
