"use server";

import { getDb } from "@/lib/db/client";
import { formAction, type FormState } from "@/lib/http/form-action";
import { bookAppointment } from "@/lib/services/appointments/book-appointment";
import { appointmentStatusSchema, bookAppointmentSchema } from "@/lib/services/appointments/booking-input";
import { changeAppointmentStatus } from "@/lib/services/appointments/change-appointment-status";
import { fieldsOf, runOnClient } from "./on-client";

const STATUS_MESSAGES: Record<string, string> = { done: "Marked done.", cancelled: "Cancelled: the time is free again.", no_show: "Marked as a no-show." };

/** Books a showing, listing appointment, call or meeting, its time read in the client's time zone. */
export const bookAppointmentAction = formAction(async function bookAppointmentAction(_prev: FormState, form: FormData): Promise<FormState> {
  const input = fieldsOf(form, ["clientId", "seatId", "kind", "startsAt", "durationMinutes", "place", "notes"]);
  return runOnClient(form, bookAppointmentSchema, input, (viewer) => bookAppointment(getDb(), viewer, input), (booked) => booked.message, ["/calendar"]);
});

/** Cancels an appointment, or marks it done or a no-show. */
export const setAppointmentStatusAction = formAction(async function setAppointmentStatusAction(_prev: FormState, form: FormData): Promise<FormState> {
  const input = fieldsOf(form, ["clientId", "appointmentId", "status"]);
  return runOnClient(form, appointmentStatusSchema, input, (viewer) => changeAppointmentStatus(getDb(), viewer, input), (changed) => STATUS_MESSAGES[changed.status] ?? "Saved.", ["/calendar"]);
});
