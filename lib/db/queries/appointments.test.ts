import { beforeAll, expect, it } from "vitest";
import { appointments, assignments } from "../schema";
import { createCoordinationFixture, type CoordinationFixture } from "../testing/coordination-fixture";
import { describeEachDriver } from "../testing/each-driver";
import { getVisibleAppointment, listClientAppointments, listSeatAppointments, overlappingAppointments } from "./appointments";

describeEachDriver("reading appointments, scoped to who may see them", ({ db }) => {
  let fx: CoordinationFixture;
  let alices: string;
  let onBobsSeat: string;
  const at = (iso: string) => new Date(iso);

  beforeAll(async () => {
    fx = await createCoordinationFixture(db());
    const row = (seatId: string, clientId: string, start: string, end: string, status = "scheduled") => ({ organizationId: fx.organizationId, seatId, clientId, kind: "showing", startsAt: at(start), endsAt: at(end), timeZone: "America/Los_Angeles", status });
    const rows = await db().insert(appointments).values([
      row(fx.aliceSeat.id, fx.aliceClient.id, "2026-03-14T17:00:00Z", "2026-03-14T17:45:00Z"),
      row(fx.bobSeat.id, fx.aliceClient.id, "2026-03-16T17:00:00Z", "2026-03-16T18:00:00Z"),
      row(fx.aliceSeat.id, fx.aliceClient.id, "2026-03-14T18:00:00Z", "2026-03-14T18:30:00Z", "cancelled"),
    ]).returning();
    alices = rows[0]!.id;
    onBobsSeat = rows[1]!.id;
  });

  it("shows an appointment to its seat, to seats working its client, to Jorge and to a viewer, and to nobody else", async () => {
    const viewer = { ...fx.as.jorge, seatId: null, permissions: ["clients.read_all"] };
    for (const who of [fx.as.alice, fx.as.jorge, viewer]) expect((await getVisibleAppointment(db(), who, alices))?.clientFirstName).toBe("Carmen");
    expect(await getVisibleAppointment(db(), fx.as.bob, alices), "Bob works neither the seat nor the client").toBeNull();
    expect(await getVisibleAppointment(db(), fx.as.bob, onBobsSeat), "an appointment on Bob's own calendar").toMatchObject({ seatName: "Bob Agent" });
    expect(await getVisibleAppointment(db(), fx.as.carl, onBobsSeat)).toBeNull();
    await db().insert(assignments).values({ organizationId: fx.organizationId, clientId: fx.aliceClient.id, seatId: fx.carlSeat.id, teamRole: "support", seatRole: "buyer_specialist", state: "offered" });
    expect(await getVisibleAppointment(db(), fx.as.carl, onBobsSeat), "a pending offer does not open the client's appointments").toBeNull();
  });

  it("lists a seat's appointments in a range, and finds the scheduled ones overlapping a time for the seat or the client", async () => {
    const week = await listSeatAppointments(db(), fx.organizationId, fx.aliceSeat.id, at("2026-03-09T07:00:00Z"), at("2026-03-16T07:00:00Z"));
    expect(week.map((a) => a.status)).toEqual(["scheduled", "cancelled"]);
    const clash = await overlappingAppointments(db(), fx.organizationId, { seatId: fx.carlSeat.id, clientId: fx.aliceClient.id }, at("2026-03-14T17:30:00Z"), at("2026-03-16T17:30:00Z"));
    expect(clash.map((a) => a.id).sort()).toEqual([alices, onBobsSeat].sort());
    const backToBack = await overlappingAppointments(db(), fx.organizationId, { seatId: fx.aliceSeat.id, clientId: fx.bobClient.id }, at("2026-03-14T17:45:00Z"), at("2026-03-14T18:30:00Z"));
    expect(backToBack, "touching ends and cancelled bookings do not clash").toEqual([]);
    expect((await listClientAppointments(db(), fx.organizationId, fx.aliceClient.id)).map((a) => a.id)[0]).toBe(onBobsSeat);
  });
});
