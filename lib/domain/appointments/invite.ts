import { createEvent } from "ics";
import type { AppointmentKind } from "../team/vocabulary";
import { APPOINTMENT_KIND_LABELS, whenInZone } from "./appointment-words";

export interface InviteAppointment {
  id: string;
  kind: AppointmentKind;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  place: string | null;
  notes: string | null;
  status: string;
  clientName: string;
  seatName: string;
  /** When the booking was made, for the invite's stamp. */
  createdAt: Date;
}

/** What a calendar shows as the event's title: "Showing: Carmen Buyer with Daniel Reyes". */
export function inviteTitle(a: Pick<InviteAppointment, "kind" | "clientName" | "seatName">): string {
  return `${APPOINTMENT_KIND_LABELS[a.kind]}: ${a.clientName} with ${a.seatName}`;
}

/**
 * The .ics text of one appointment for the seat's own calendar app. Times go out in UTC, so any
 * calendar shows them right in its own zone; the description repeats the time in the client's
 * zone, and a cancelled booking goes out as CANCELLED so an imported copy shows it struck.
 * It carries a display reminder 30 minutes before, and the appointment's id as its UID, so a
 * second download updates the same event rather than adding another.
 */
export function appointmentInvite(a: InviteAppointment): string {
  const description = [`${whenInZone(a.startsAt, a.timeZone)} (${a.timeZone}), the client's local time.`, a.notes].filter(Boolean).join("\n\n");
  const { error, value } = createEvent({
    uid: `${a.id}@team-console`,
    productId: "-//Team Console//Appointments//EN",
    title: inviteTitle(a),
    start: a.startsAt.getTime(),
    end: a.endsAt.getTime(),
    startInputType: "utc",
    startOutputType: "utc",
    endInputType: "utc",
    endOutputType: "utc",
    description,
    ...(a.place ? { location: a.place } : {}),
    status: a.status === "cancelled" ? "CANCELLED" : "CONFIRMED",
    busyStatus: "BUSY",
    created: a.createdAt.getTime(),
    alarms: a.status === "scheduled" ? [{ action: "display", description: inviteTitle(a), trigger: { minutes: 30, before: true } }] : [],
  });
  if (error || !value) throw new Error(`The invite for appointment ${a.id} could not be written: ${error?.message ?? "no output"}`);
  return value;
}

/** The invite's file name: "showing-carmen-buyer-2026-03-14.ics", plain letters only. */
export function inviteFileName(a: Pick<InviteAppointment, "kind" | "clientName" | "startsAt" | "timeZone">): string {
  const day = a.startsAt.toLocaleDateString("en-CA", { timeZone: a.timeZone });
  const slug = `${a.kind}-${a.clientName}`.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
  return `${slug || "appointment"}-${day}.ics`;
}
