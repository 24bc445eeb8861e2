import { z } from "zod";
import { APPOINTMENT_KINDS } from "@/lib/domain/team/vocabulary";
import { LONGEST_APPOINTMENT_MINUTES } from "@/lib/domain/appointments/appointment-words";

const optionalText = (max: number, tooLong: string) =>
  z.string().trim().max(max, tooLong).optional().transform((v) => (v ? v : null));

/**
 * What booking an appointment takes. `startsAt` is the wall-clock time in the client's time
 * zone as a date-time field sends it ("2026-03-14T10:30"); the service reads it in that zone.
 * `seatId` is whose calendar it goes on, the booker's own seat when left out.
 */
export const bookAppointmentSchema = z.object({
  clientId: z.guid("The client id must be a UUID"),
  seatId: z.union([z.literal(""), z.guid("Choose whose calendar the appointment goes on")]).optional().transform((v) => v || null),
  kind: z.enum(APPOINTMENT_KINDS, { error: "Choose a showing, a listing appointment, a call or a meeting" }),
  startsAt: z.string({ error: "Enter the date and time it starts" }).trim().min(1, "Enter the date and time it starts").max(40, "Enter the date and time it starts, for example 2026-03-14 10:30"),
  durationMinutes: z.coerce.number({ error: "Choose how long it lasts" }).int("Choose how long it lasts, in whole minutes").min(5, "An appointment lasts at least 5 minutes").max(LONGEST_APPOINTMENT_MINUTES, "An appointment lasts at most 12 hours"),
  place: optionalText(300, "Keep the place under 300 characters"),
  notes: optionalText(2000, "Keep the notes under 2,000 characters"),
});

export type BookAppointmentInput = z.infer<typeof bookAppointmentSchema>;

export const appointmentStatusSchema = z.object({
  clientId: z.guid("The client id must be a UUID"),
  appointmentId: z.guid("The appointment id must be a UUID"),
  status: z.enum(["done", "cancelled", "no_show"], { error: "Say whether the appointment is done, cancelled or a no-show" }),
});
