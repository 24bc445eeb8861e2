import { beforeAll, expect, it } from "vitest";
import { bookAppointment } from "@/lib/services/appointments/book-appointment";
import { changeAppointmentStatus } from "@/lib/services/appointments/change-appointment-status";
import { logContact } from "@/lib/services/clients/log-contact";
import { createCoordinationFixture, type CoordinationFixture } from "../testing/coordination-fixture";
import { describeEachDriver } from "../testing/each-driver";
import { getClientTimeline } from "./client-timeline";

describeEachDriver("the client's timeline of calls and appointments", ({ db }) => {
  let fx: CoordinationFixture;
  const booked = new Date("2026-03-13T18:00:00Z");

  beforeAll(async () => {
    fx = await createCoordinationFixture(db());
    await logContact(db(), fx.as.alice, { clientId: fx.aliceClient.id, channel: "call", outcome: "no_answer" }, new Date("2026-03-13T17:00:00Z"));
    const showing = await bookAppointment(db(), fx.as.alice, { clientId: fx.aliceClient.id, kind: "showing", startsAt: "2026-03-14T10:00", durationMinutes: "45", place: "7421 Etiwanda Ave", notes: "Gate code 1234" }, booked);
    if (!showing.ok) throw new Error(showing.error);
    await changeAppointmentStatus(db(), fx.as.alice, { clientId: fx.aliceClient.id, appointmentId: showing.data.appointmentId, status: "cancelled" }, new Date("2026-03-13T19:00:00Z"));
  });

  it("shows the call with its outcome, the booking with its time in the client's zone, and the cancellation with who did it", async () => {
    const entries = await getClientTimeline(db(), fx.organizationId, fx.aliceClient.id);
    const appointmentEntries = entries.filter((e) => e.kind === "appointment");
    expect(appointmentEntries.map((e) => [e.title, e.actor, e.tag])).toEqual([
      ["Showing on Sat, Mar 14, 10:00 AM PDT marked cancelled", "Alice Agent", "cancelled"],
      ["Showing on Sat, Mar 14, 10:00 AM PDT booked", "Alice Agent", "scheduled"],
    ]);
    expect(appointmentEntries[1]!.body).toBe("7421 Etiwanda Ave — Gate code 1234");
    expect(entries.find((e) => e.kind === "message")).toMatchObject({ title: "Call to the client · No answer", body: null, actor: "Alice Agent", tag: "call:outbound" });
  });

  it("shows nothing of one client's appointments on another's timeline", async () => {
    const entries = await getClientTimeline(db(), fx.organizationId, fx.bobClient.id);
    expect(entries.filter((e) => e.kind === "appointment")).toEqual([]);
  });
});
