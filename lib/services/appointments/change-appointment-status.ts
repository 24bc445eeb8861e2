import { and, eq } from "drizzle-orm";
import { APPOINTMENT_STATUS_LABELS, whenInZone } from "@/lib/domain/appointments/appointment-words";
import type { Db } from "@/lib/db/client";
import { recordAudit } from "@/lib/db/queries/audit";
import type { ViewerRecord } from "@/lib/db/queries/users";
import { appointments, clients } from "@/lib/db/schema";
import { requireWholeClient } from "../client-access";
import { describeIssues, fail, ok, type Result } from "../result";
import { appointmentStatusSchema } from "./booking-input";

/**
 * Cancels a scheduled appointment, or marks it done or a no-show once it has started. Anyone
 * who works the client may (Jorge on every client); only a scheduled appointment changes, so a
 * second click, or a teammate's at the same moment, is told what it already became.
 */
export async function changeAppointmentStatus(db: Db, viewer: ViewerRecord, input: unknown, now = new Date()): Promise<Result<{ status: string }>> {
  const parsed = appointmentStatusSchema.safeParse(input);
  if (!parsed.success) return fail(400, describeIssues(parsed.error));
  const { clientId, appointmentId, status } = parsed.data;
  const org = viewer.organizationId;
  return db.transaction(async (tx) => {
    const access = await requireWholeClient(tx, viewer, clientId, "No such client among the clients you work.");
    if (!access.ok) return access;
    const [row] = await tx.select().from(appointments).where(and(eq(appointments.organizationId, org), eq(appointments.id, appointmentId), eq(appointments.clientId, clientId))).for("update");
    if (!row) return fail(404, "No such appointment on this client; reload the page to see its appointments.");
    if (row.status !== "scheduled") return fail(409, `This appointment is already marked ${APPOINTMENT_STATUS_LABELS[row.status]?.toLowerCase() ?? row.status}; only a scheduled one can change.`);
    if (status !== "cancelled" && row.startsAt > now) return fail(409, `It starts ${whenInZone(row.startsAt, row.timeZone)}, so it cannot be ${status === "done" ? "done" : "a no-show"} yet; cancel it if it will not happen.`);
    await tx.update(appointments).set({ status }).where(and(eq(appointments.organizationId, org), eq(appointments.id, appointmentId)));
    await tx.update(clients).set({ updatedAt: now }).where(and(eq(clients.organizationId, org), eq(clients.id, clientId)));
    await recordAudit(tx, { organizationId: org, actorType: "user", actorId: viewer.userId, action: `appointment.${status}`, entityType: "appointment", entityId: appointmentId, data: { clientId, seatId: row.seatId, from: row.status, to: status } });
    return ok({ status });
  });
}
