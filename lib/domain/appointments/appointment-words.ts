import type { AppointmentKind, ContactOutcome } from "../team/vocabulary";

/** What each kind of appointment is called on the page, the calendar and the invite. */
export const APPOINTMENT_KIND_LABELS: Record<AppointmentKind, string> = {
  showing: "Showing",
  listing_appointment: "Listing appointment",
  call: "Call",
  meeting: "Meeting",
};

export const APPOINTMENT_STATUS_LABELS: Record<string, string> = { scheduled: "Scheduled", done: "Done", cancelled: "Cancelled", no_show: "No-show" };

/** How a logged call or meeting ended, in words. */
export const CONTACT_OUTCOME_LABELS: Record<ContactOutcome, string> = {
  connected: "Connected",
  left_voicemail: "Left a voicemail",
  no_answer: "No answer",
  wrong_number: "Wrong number",
  appointment_set: "Appointment set",
  not_interested: "Not interested",
};

/** The lengths offered when booking, in minutes; the table allows at most 12 hours. */
export const DURATION_CHOICES = [15, 30, 45, 60, 90, 120, 180, 240] as const;
export const LONGEST_APPOINTMENT_MINUTES = 12 * 60;

/** A length in words: "45 min", "1 h", "1 h 30 min". */
export function durationWords(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

/** A moment as people read it where the client lives: "Sat, Mar 14, 10:30 AM PDT". */
export function whenInZone(at: Date, timeZone: string): string {
  return at.toLocaleString("en-US", { weekday: "short", month: "short", day: "numeric", hour: "numeric", minute: "2-digit", timeZone, timeZoneName: "short" });
}

/** The clock time alone in a zone, with the zone's short name: "10:30 AM PDT". */
export function clockInZone(at: Date, timeZone: string): string {
  return at.toLocaleTimeString("en-US", { hour: "numeric", minute: "2-digit", timeZone, timeZoneName: "short" });
}

/** A stretch of time on one zone's clock, the zone named once: "10:00 – 10:45 AM PDT", "11:30 AM – 12:15 PM PDT". */
export function spanInZone(start: Date, end: Date, timeZone: string): string {
  const from = start.toLocaleTimeString("en-US", { hour: "numeric", minute: "2-digit", timeZone });
  const to = clockInZone(end, timeZone);
  const sameHalf = from.slice(-2) === to.split(" ")[1];
  return `${sameHalf ? from.slice(0, -3) : from} – ${to}`;
}

/** The short name of a zone at a moment ("PDT" in summer, "PST" in winter). */
export function zoneAbbreviation(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "short" }).formatToParts(at).find((p) => p.type === "timeZoneName")?.value ?? timeZone;
}

/** One line for an appointment: "Showing · Sat, Mar 14, 10:30 AM PDT · 45 min · 7421 Etiwanda Ave". */
export function appointmentLine(a: { kind: AppointmentKind; startsAt: Date; endsAt: Date; timeZone: string; place: string | null }): string {
  const minutes = Math.round((a.endsAt.getTime() - a.startsAt.getTime()) / 60_000);
  return [APPOINTMENT_KIND_LABELS[a.kind], whenInZone(a.startsAt, a.timeZone), durationWords(minutes), a.place].filter(Boolean).join(" · ");
}
