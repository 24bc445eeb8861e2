import { and, eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { appointments, clients, conflicts, escalations } from "@/lib/db/schema";
import { createCoordinationFixture, insertOffer, type CoordinationFixture } from "@/lib/db/testing/coordination-fixture";
import { describeEachDriver } from "@/lib/db/testing/each-driver";
import { ACCEPT_OFFER_FIRST, READ_ONLY_ROLE } from "../client-access";
import { bookAppointment } from "./book-appointment";
import { changeAppointmentStatus } from "./change-appointment-status";

const NOW = new Date("2026-03-13T18:00:00Z");
let minutes = 0;
/** A later moment for each booking, so bookings are never made at the same moment unless a test says so. */
const tick = () => new Date(NOW.getTime() + ++minutes * 60_000);

describeEachDriver("booking appointments with a client", ({ db }) => {
  let fx: CoordinationFixture;
  const rows = (clientId: string) => db().select().from(appointments).where(and(eq(appointments.organizationId, fx.organizationId), eq(appointments.clientId, clientId))).orderBy(appointments.startsAt);
  const conflictsOf = (clientId: string) => db().select().from(conflicts).where(and(eq(conflicts.organizationId, fx.organizationId), eq(conflicts.clientId, clientId)));
  const showing = (clientId: string, startsAt: string, extra: Record<string, unknown> = {}) => ({ clientId, kind: "showing", startsAt, durationMinutes: "45", place: "7421 Etiwanda Ave", ...extra });

  beforeAll(async () => {
    fx = await createCoordinationFixture(db());
    await db().update(clients).set({ timeZone: "America/New_York" }).where(eq(clients.id, fx.bobClient.id));
  });

  it("books on the member's own seat, reading the time in the client's zone", async () => {
    const booked = await bookAppointment(db(), fx.as.alice, showing(fx.aliceClient.id, "2026-03-14T10:00"), tick());
    expect(booked).toMatchObject({ ok: true, data: { flagged: false, message: "Booked: Showing · Sat, Mar 14, 10:00 AM PDT · 45 min · 7421 Etiwanda Ave." } });
    const [row] = await rows(fx.aliceClient.id);
    expect(row).toMatchObject({ seatId: fx.aliceSeat.id, startsAt: new Date("2026-03-14T17:00:00Z"), endsAt: new Date("2026-03-14T17:45:00Z"), timeZone: "America/Los_Angeles", status: "scheduled", bookedByUserId: fx.alice.id });
    const eastern = await bookAppointment(db(), fx.as.bob, { clientId: fx.bobClient.id, kind: "call", startsAt: "2026-03-14T10:00", durationMinutes: "15" }, tick());
    expect(eastern.ok).toBe(true);
    expect((await rows(fx.bobClient.id))[0]).toMatchObject({ startsAt: new Date("2026-03-14T14:00:00Z"), timeZone: "America/New_York", place: null });
  });

  it("refuses a second booking of the same seat at the same time, records the clash and keeps the first", async () => {
    const clash = await bookAppointment(db(), fx.as.alice, showing(fx.aliceClient.id, "2026-03-14T10:30"), tick());
    expect(clash).toEqual({ ok: false, status: 409, error: expect.stringMatching(/^Alice Agent is already booked then: showing with Carmen Buyer, 10:00 – 10:45 AM PDT, booked first, so it stands\./) });
    expect(await rows(fx.aliceClient.id)).toHaveLength(1);
    expect(await conflictsOf(fx.aliceClient.id)).toEqual([expect.objectContaining({ kind: "double_booking", decided: true, rule: "first_booked", winnerSeatId: fx.aliceSeat.id })]);
    expect((await bookAppointment(db(), fx.as.alice, showing(fx.aliceClient.id, "2026-03-14T10:45"), tick())).ok).toBe(true);
  });

  it("refuses booking the client with a second seat at once, and lets Jorge book on a seat of the team", async () => {
    await db().insert(clients).values({ organizationId: fx.organizationId, firstName: "Nina", lastName: "Other", email: "nina@example.com", type: "buyer", pipeline: "buyer", ownerSeatId: fx.carlSeat.id });
    const toCarl = await bookAppointment(db(), fx.as.jorge, showing(fx.aliceClient.id, "2026-03-14T10:15", { seatId: fx.carlSeat.id }), tick());
    expect(toCarl).toEqual({ ok: false, status: 422, error: "Carl Closer does not work this client; book on a seat of the client's team." });
    const byJorge = await bookAppointment(db(), fx.as.jorge, showing(fx.aliceClient.id, "2026-03-14T10:15"), tick());
    expect(byJorge).toMatchObject({ ok: false, status: 409, error: expect.stringContaining("Carmen Buyer is already booked with another seat then") });
    const later = await bookAppointment(db(), fx.as.jorge, showing(fx.aliceClient.id, "2026-03-15T09:00", { seatId: fx.aliceSeat.id }), tick());
    expect(later.ok).toBe(true);
  });

  it("keeps two bookings made at the same moment and sends the clash to Jorge", async () => {
    const moment = new Date("2026-03-13T19:00:00Z");
    const [a, b] = await Promise.all([
      bookAppointment(db(), fx.as.bob, { clientId: fx.bobClient.id, kind: "meeting", startsAt: "2026-03-16T09:00", durationMinutes: "60" }, moment),
      bookAppointment(db(), fx.as.bob, { clientId: fx.bobClient.id, kind: "call", startsAt: "2026-03-16T09:30", durationMinutes: "15" }, moment),
    ]);
    expect([a, b].map((r) => r.ok && r.data.flagged).sort()).toEqual([false, true]);
    const flagged = [a, b].find((r) => r.ok && r.data.flagged);
    expect(flagged).toMatchObject({ data: { message: expect.stringContaining("Jorge decides which stands") } });
    const [sent] = await conflictsOf(fx.bobClient.id);
    expect(sent).toMatchObject({ kind: "double_booking", decided: false, rule: "simultaneous_booking" });
    const [escalation] = await db().select().from(escalations).where(eq(escalations.id, sent!.escalationId!));
    expect(escalation).toMatchObject({ trigger: "agent_conflict", clientId: fx.bobClient.id });
  });

  it("refuses a past time, a skipped daylight-saving hour and a bad field, in plain words, writing nothing", async () => {
    const before = (await rows(fx.aliceClient.id)).length;
    expect(await bookAppointment(db(), fx.as.alice, showing(fx.aliceClient.id, "2026-03-13T09:00"), NOW)).toEqual({ ok: false, status: 422, error: "That time has passed where the client is (it is 11:00 AM PDT there now); pick a time ahead." });
    expect(await bookAppointment(db(), fx.as.alice, showing(fx.aliceClient.id, "2027-03-14T02:30"), tick())).toMatchObject({ ok: false, status: 400, error: expect.stringContaining("clocks jump forward") });
    expect(await bookAppointment(db(), fx.as.alice, showing(fx.aliceClient.id, "2026-03-20T10:00", { durationMinutes: "900" }), tick())).toMatchObject({ ok: false, status: 400, error: "durationMinutes: An appointment lasts at most 12 hours" });
    expect(await bookAppointment(db(), fx.as.alice, showing(fx.aliceClient.id, "2026-03-20T10:00", { kind: "party" }), tick())).toMatchObject({ ok: false, status: 400, error: expect.stringContaining("kind") });
    expect(await rows(fx.aliceClient.id)).toHaveLength(before);
  });

  it("answers a stranger 404, an offered seat 403 and a viewer 403, and a member may not book another seat", async () => {
    expect(await bookAppointment(db(), fx.as.alice, showing(fx.bobClient.id, "2026-03-20T10:00"), tick())).toMatchObject({ ok: false, status: 404 });
    await insertOffer(db(), fx, { clientId: fx.bobClient.id, seatId: fx.carlSeat.id, teamRole: "support", expiresAt: new Date(Date.now() + 600_000) });
    expect(await bookAppointment(db(), fx.as.carl, showing(fx.bobClient.id, "2026-03-20T10:00"), tick())).toEqual({ ok: false, status: 403, error: ACCEPT_OFFER_FIRST });
    const viewer = { ...fx.as.jorge, role: "viewer", seatId: null, permissions: ["clients.read_all"] };
    expect(await bookAppointment(db(), viewer, showing(fx.bobClient.id, "2026-03-20T10:00"), tick())).toEqual({ ok: false, status: 403, error: READ_ONLY_ROLE });
    expect(await bookAppointment(db(), fx.as.alice, showing(fx.aliceClient.id, "2026-03-20T10:00", { seatId: fx.bobSeat.id }), tick())).toMatchObject({ ok: false, status: 403, error: expect.stringContaining("your own calendar") });
  });

  it("cancels a scheduled appointment, marks a started one done, and refuses what no longer applies", async () => {
    const [first, second] = await rows(fx.aliceClient.id);
    const change = (appointmentId: string, status: string, now = NOW) => changeAppointmentStatus(db(), fx.as.alice, { clientId: fx.aliceClient.id, appointmentId, status }, now);
    expect(await change(first!.id, "done")).toMatchObject({ ok: false, status: 409, error: expect.stringContaining("cannot be done yet") });
    expect(await change(first!.id, "done", new Date("2026-03-14T17:50:00Z"))).toEqual({ ok: true, data: { status: "done" } });
    expect(await change(second!.id, "cancelled")).toEqual({ ok: true, data: { status: "cancelled" } });
    expect(await change(second!.id, "cancelled")).toEqual({ ok: false, status: 409, error: "This appointment is already marked cancelled; only a scheduled one can change." });
    expect(await changeAppointmentStatus(db(), fx.as.bob, { clientId: fx.aliceClient.id, appointmentId: first!.id, status: "cancelled" }, NOW)).toMatchObject({ ok: false, status: 404 });
    expect(await changeAppointmentStatus(db(), fx.as.alice, { clientId: fx.aliceClient.id, appointmentId: (await rows(fx.bobClient.id))[0]!.id, status: "cancelled" }, NOW)).toMatchObject({ ok: false, status: 404, error: expect.stringContaining("No such appointment") });
    const slot = await bookAppointment(db(), fx.as.alice, showing(fx.aliceClient.id, "2026-03-14T11:00"), tick());
    expect(slot.ok, "a cancelled booking frees its time").toBe(true);
  });
});
