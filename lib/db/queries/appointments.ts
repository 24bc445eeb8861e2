import { and, asc, desc, eq, gt, gte, lt, or, type SQL } from "drizzle-orm";
import type { Db, Tx } from "../client";
import { appointments, clients, seats } from "../schema";
import { clientsInScope, scopeOf } from "./scope";

const seatJoin = and(eq(seats.organizationId, appointments.organizationId), eq(seats.id, appointments.seatId));
const clientJoin = and(eq(clients.organizationId, appointments.organizationId), eq(clients.id, appointments.clientId));
const columns = {
  id: appointments.id, clientId: appointments.clientId, seatId: appointments.seatId, kind: appointments.kind, startsAt: appointments.startsAt, endsAt: appointments.endsAt,
  timeZone: appointments.timeZone, place: appointments.place, notes: appointments.notes, status: appointments.status, createdAt: appointments.createdAt,
  seatName: seats.name, clientFirstName: clients.firstName, clientLastName: clients.lastName,
};

export type AppointmentRow = Awaited<ReturnType<typeof listClientAppointments>>[number];

function select(db: Db | Tx, where: SQL | undefined) {
  return db.select(columns).from(appointments).innerJoin(seats, seatJoin).innerJoin(clients, clientJoin).where(where);
}

/** A client's latest appointments, the one starting last first, with the seat's name, at most `limit` of them. */
export async function listClientAppointments(db: Db | Tx, organizationId: string, clientId: string, limit = 100) {
  return select(db, and(eq(appointments.organizationId, organizationId), eq(appointments.clientId, clientId))).orderBy(desc(appointments.startsAt)).limit(limit);
}

/** A seat's appointments starting in [from, to), in start order, with each client's name. */
export async function listSeatAppointments(db: Db | Tx, organizationId: string, seatId: string, from: Date, to: Date) {
  return select(db, and(eq(appointments.organizationId, organizationId), eq(appointments.seatId, seatId), gte(appointments.startsAt, from), lt(appointments.startsAt, to))).orderBy(asc(appointments.startsAt));
}

/** The scheduled appointments of a seat or of a client that overlap [startsAt, endsAt): the candidates for a double booking. */
export async function overlappingAppointments(db: Db | Tx, organizationId: string, party: { seatId: string; clientId: string }, startsAt: Date, endsAt: Date) {
  return select(db, and(
    eq(appointments.organizationId, organizationId),
    eq(appointments.status, "scheduled"),
    or(eq(appointments.seatId, party.seatId), eq(appointments.clientId, party.clientId)),
    lt(appointments.startsAt, endsAt),
    gt(appointments.endsAt, startsAt),
  ));
}

/**
 * One appointment, when the viewer may see it: people who read every client see all; a team
 * member sees those on their own seat's calendar and those of the clients their seat works
 * whole (owner or accepted place). Null otherwise, so another seat's booking stays unknown.
 */
export async function getVisibleAppointment(db: Db | Tx, viewer: { organizationId: string; seatId: string | null; permissions: readonly string[] }, appointmentId: string) {
  const scope = scopeOf(viewer);
  const reach = scope.seatId ? or(eq(appointments.seatId, scope.seatId), clientsInScope(db, scope, "whole")) : clientsInScope(db, scope, "whole");
  const [row] = await select(db, and(eq(appointments.organizationId, viewer.organizationId), eq(appointments.id, appointmentId), reach)).limit(1);
  return row ?? null;
}

/** The seats whose calendars the overseer can open: every seat, people before AI agents, by name. */
export async function listCalendarSeats(db: Db, organizationId: string) {
  return db.select({ id: seats.id, name: seats.name, kind: seats.kind }).from(seats).where(eq(seats.organizationId, organizationId)).orderBy(desc(seats.kind), asc(seats.name));
}
