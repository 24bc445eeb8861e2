import { and, eq, gt, isNull, lte } from "drizzle-orm";
import { reminderText, reminderWindow, REMINDER_LEAD_MINUTES } from "@/lib/domain/appointments/reminder";
import type { AppointmentKind } from "@/lib/domain/team/vocabulary";
import type { Db } from "@/lib/db/client";
import { appointments, clients } from "@/lib/db/schema";
import { notifySeat } from "../notices/notify-seat";

/**
 * Reminds each seat of its scheduled appointments starting within the lead time (30 minutes by
 * default), once per appointment: the row keeps when it was reminded, and SKIP LOCKED keeps two
 * workers from reminding twice. A cancelled or finished appointment, or one already started, gets
 * none. Each reminder is a seat notice that opens the client. Returns how many were sent.
 */
export async function sweepAppointmentReminders(db: Db, now = new Date(), leadMinutes = REMINDER_LEAD_MINUTES, max = 500): Promise<number> {
  const window = reminderWindow(now, leadMinutes);
  return db.transaction(async (tx) => {
    const due = await tx
      .select({ a: appointments, firstName: clients.firstName, lastName: clients.lastName })
      .from(appointments)
      .innerJoin(clients, and(eq(clients.organizationId, appointments.organizationId), eq(clients.id, appointments.clientId)))
      .where(and(eq(appointments.status, "scheduled"), isNull(appointments.remindedAt), gt(appointments.startsAt, window.from), lte(appointments.startsAt, window.to)))
      .limit(max)
      .for("update", { of: appointments, skipLocked: true });
    for (const { a, firstName, lastName } of due) {
      await tx.update(appointments).set({ remindedAt: now }).where(and(eq(appointments.organizationId, a.organizationId), eq(appointments.id, a.id)));
      const body = reminderText({ kind: a.kind as AppointmentKind, clientName: `${firstName} ${lastName}`.trim(), startsAt: a.startsAt, timeZone: a.timeZone, place: a.place }, now);
      await notifySeat(tx, { organizationId: a.organizationId, seatId: a.seatId, clientId: a.clientId, kind: "appointment_reminder", body, href: `/clients/${a.clientId}`, at: now });
    }
    return due.length;
  });
}
