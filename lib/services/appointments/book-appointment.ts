import { and, eq, sql } from "drizzle-orm";
import { APPOINTMENT_KIND_LABELS, appointmentLine, clockInZone, spanInZone } from "@/lib/domain/appointments/appointment-words";
import { clashSubject, judgeBooking, type Clash } from "@/lib/domain/appointments/booking-clash";
import { wallTimeToInstant } from "@/lib/domain/appointments/wall-time";
import { can } from "@/lib/domain/auth/permissions";
import type { AppointmentKind } from "@/lib/domain/team/vocabulary";
import type { Db, Tx } from "@/lib/db/client";
import { overlappingAppointments, type AppointmentRow } from "@/lib/db/queries/appointments";
import { recordAudit } from "@/lib/db/queries/audit";
import { clientReach } from "@/lib/db/queries/scope";
import type { ViewerRecord } from "@/lib/db/queries/users";
import { appointments, clients, seats } from "@/lib/db/schema";
import { publishEvent } from "@/lib/events/publish";
import { requireWholeClient } from "../client-access";
import { recordConflict } from "../conflicts/record-conflict";
import { describeIssues, fail, ok, type Result } from "../result";
import { bookAppointmentSchema } from "./booking-input";

const NOT_FOUND = "No such client among the clients you work.";

type Booked = { appointmentId: string; flagged: boolean; message: string };

const slotOf = (row: AppointmentRow) => ({ id: row.id, seatId: row.seatId, clientId: row.clientId, startsAt: row.startsAt, endsAt: row.endsAt, bookedAt: row.createdAt });

/** Stores a double booking the rule looked at, with both bookings, inside the booking's transaction. */
async function recordClash(tx: Tx, organizationId: string, clientId: string, candidate: ReturnType<typeof slotOf>, clash: Clash, now: Date) {
  const bookings = [clash.existing, candidate].map((b) => ({ appointmentId: b.id || null, seatId: b.seatId, clientId: b.clientId, startsAt: b.startsAt.toISOString(), endsAt: b.endsAt.toISOString(), bookedAt: b.bookedAt.toISOString() }));
  await recordConflict(tx, { organizationId, clientId, kind: "double_booking", seatIds: [...new Set([clash.existing.seatId, candidate.seatId])], detail: { bookings }, decision: clash.decision }, now);
}

/**
 * Books a showing, listing appointment, call or meeting with a client, on the booker's own
 * seat (Jorge may put it on any seat that works the client). The time is read in the client's
 * time zone and must lie ahead. Bookings of one organization take turns under a lock, and the
 * double-booking rule judges each against the seat's and the client's scheduled appointments: an
 * earlier booking at the same time stands, so the new one is refused with the clash recorded;
 * a clash the rule cannot settle is kept, recorded and sent to Jorge.
 */
export async function bookAppointment(db: Db, viewer: ViewerRecord, input: unknown, now = new Date()): Promise<Result<Booked>> {
  const parsed = bookAppointmentSchema.safeParse(input);
  if (!parsed.success) return fail(400, describeIssues(parsed.error));
  const p = parsed.data;
  const seatId = p.seatId ?? viewer.seatId;
  const org = viewer.organizationId;
  return db.transaction(async (tx) => {
    const access = await requireWholeClient(tx, viewer, p.clientId, NOT_FOUND);
    if (!access.ok) return access;
    if (!seatId) return fail(422, "Your account has no seat, so it has no calendar: choose the seat the appointment is for.");
    if (seatId !== viewer.seatId && !can(viewer.permissions, "clients.write_all")) return fail(403, "You book on your own calendar only; the other seat books its own, or Jorge does.");
    const [seat] = await tx.select({ name: seats.name }).from(seats).where(and(eq(seats.organizationId, org), eq(seats.id, seatId)));
    if (!seat) return fail(422, "No such seat on the team; choose one from the list.");
    if (seatId !== viewer.seatId && (await clientReach(tx, { organizationId: org, seatId, all: false }, p.clientId)) !== "whole") return fail(422, `${seat.name} does not work this client; book on a seat of the client's team.`);
    const [client] = await tx.select({ firstName: clients.firstName, lastName: clients.lastName, timeZone: clients.timeZone }).from(clients).where(and(eq(clients.organizationId, org), eq(clients.id, p.clientId)));
    const start = wallTimeToInstant(p.startsAt, client!.timeZone);
    if (!start.ok) return fail(400, start.error);
    if (start.at <= now) return fail(422, `That time has passed where the client is (it is ${clockInZone(now, client!.timeZone)} there now); pick a time ahead.`);
    const endsAt = new Date(start.at.getTime() + p.durationMinutes * 60_000);
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`appointments:${org}`}))`);
    const clientName = `${client!.firstName} ${client!.lastName}`.trim();
    const candidate = { id: "", seatId, clientId: p.clientId, startsAt: start.at, endsAt, bookedAt: now };
    const existing = await overlappingAppointments(tx, org, { seatId, clientId: p.clientId }, start.at, endsAt);
    const verdict = judgeBooking(candidate, existing.map(slotOf));
    if (verdict.verdict === "refused") {
      await recordClash(tx, org, p.clientId, candidate, verdict.clash, now);
      const other = existing.find((e) => e.id === verdict.clash.existing.id)!;
      const withWhom = other.seatId === seatId ? `with ${other.clientFirstName} ${other.clientLastName}`.trim() : `with ${other.seatName}`;
      return fail(409, `${clashSubject(candidate, slotOf(other), { seat: seat.name, client: clientName })} then: ${APPOINTMENT_KIND_LABELS[other.kind as AppointmentKind].toLowerCase()} ${withWhom}, ${spanInZone(other.startsAt, other.endsAt, client!.timeZone)}, booked first, so it stands. Pick another time, or cancel that one first.`);
    }
    const [row] = await tx.insert(appointments).values({ organizationId: org, clientId: p.clientId, seatId, kind: p.kind, startsAt: start.at, endsAt, timeZone: client!.timeZone, place: p.place, notes: p.notes, bookedByUserId: viewer.userId, createdAt: now }).returning({ id: appointments.id });
    const flagged = verdict.verdict === "flagged";
    if (flagged) for (const clash of verdict.clashes) await recordClash(tx, org, p.clientId, { ...candidate, id: row!.id }, clash, now);
    await tx.update(clients).set({ updatedAt: now }).where(and(eq(clients.organizationId, org), eq(clients.id, p.clientId)));
    await recordAudit(tx, { organizationId: org, actorType: "user", actorId: viewer.userId, action: "appointment.booked", entityType: "appointment", entityId: row!.id, data: { clientId: p.clientId, seatId, kind: p.kind, startsAt: start.at.toISOString(), flagged } });
    const line = appointmentLine({ kind: p.kind, startsAt: start.at, endsAt, timeZone: client!.timeZone, place: p.place });
    await publishEvent(tx, { type: "appointment.booked", organizationId: org, clientId: p.clientId, seatIds: [seatId], summary: `${line} with ${clientName}, on ${seat.name}'s calendar`, at: now });
    const toJorge = flagged && verdict.clashes.some((c) => !c.decision.decided);
    const message = toJorge ? `Booked, but it clashes with a booking made at the same moment: Jorge decides which stands. ${line}.` : flagged ? `Booked: ${line}. It overlaps a later booking, recorded as a conflict.` : `Booked: ${line}.`;
    return ok({ appointmentId: row!.id, flagged, message });
  });
}
