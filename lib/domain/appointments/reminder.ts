import type { AppointmentKind } from "../team/vocabulary";
import { APPOINTMENT_KIND_LABELS, clockInZone } from "./appointment-words";

/** How long before an appointment its seat is reminded, in minutes. */
export const REMINDER_LEAD_MINUTES = 30;

/**
 * The window of start times whose reminder is due at `now`: appointments starting from now up
 * to the lead time ahead. One already started gets no reminder: it would come too late to help.
 */
export function reminderWindow(now: Date, leadMinutes = REMINDER_LEAD_MINUTES): { from: Date; to: Date } {
  if (!(leadMinutes > 0)) throw new RangeError(`The reminder lead time must be above 0 minutes (got ${leadMinutes}).`);
  return { from: now, to: new Date(now.getTime() + leadMinutes * 60_000) };
}

/**
 * The sentence a seat reads: "Showing with Carmen Buyer in 25 min, at 10:00 AM PDT (client's time),
 * 7421 Etiwanda Ave." Minutes are rounded up, so a reminder never says "in 0 min".
 */
export function reminderText(a: { kind: AppointmentKind; clientName: string; startsAt: Date; timeZone: string; place: string | null }, now: Date): string {
  const minutes = Math.max(1, Math.ceil((a.startsAt.getTime() - now.getTime()) / 60_000));
  const place = a.place ? `, ${a.place}` : "";
  return `${APPOINTMENT_KIND_LABELS[a.kind]} with ${a.clientName} in ${minutes} min, at ${clockInZone(a.startsAt, a.timeZone)} (client's time)${place}.`;
}
