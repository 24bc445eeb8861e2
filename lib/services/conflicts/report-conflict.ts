import { and, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import { resolveDoubleBooking, resolvePriceDisagreement } from "@/lib/domain/conflict/rules";
import type { Db } from "@/lib/db/client";
import { clients, seats } from "@/lib/db/schema";
import { describeIssues, fail, ok, type Result } from "../result";
import { recordConflict } from "./record-conflict";

const booking = z.object({
  seatId: z.guid("seatId must be a UUID"), clientId: z.guid("clientId must be a UUID"),
  startsAt: z.coerce.date({ error: "startsAt must be a date and time" }), endsAt: z.coerce.date({ error: "endsAt must be a date and time" }), bookedAt: z.coerce.date({ error: "bookedAt must be a date and time" }),
}).refine((b) => b.endsAt > b.startsAt, { message: "endsAt must be after startsAt" });

export const conflictReportSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("price_disagreement"),
    clientId: z.guid("clientId must be a UUID"),
    opinions: z.array(z.object({ seatId: z.guid("seatId must be a UUID"), price: z.number().int("price must be whole dollars").positive("price must be above 0") })).min(2, "Give at least two seats' prices to compare"),
  }),
  z.object({ kind: z.literal("double_booking"), bookings: z.tuple([booking, booking]) }),
]);

/**
 * A disagreement reported by specialists or another system: two or more seats' prices for one
 * client (settled when within 5% of their median, else Jorge decides), or two overlapping
 * appointments (the earlier booking stands). Seats and clients must belong to the organization.
 */
export async function reportConflict(db: Db, organizationId: string, input: unknown, now = new Date()): Promise<Result<{ conflictId: string; decided: boolean; rule: string; reason: string; escalationId: string | null }>> {
  const parsed = conflictReportSchema.safeParse(input);
  if (!parsed.success) return fail(400, describeIssues(parsed.error));
  const p = parsed.data;
  const seatIds = p.kind === "price_disagreement" ? p.opinions.map((o) => o.seatId) : p.bookings.map((b) => b.seatId);
  const clientIds = p.kind === "price_disagreement" ? [p.clientId] : p.bookings.map((b) => b.clientId);
  return db.transaction(async (tx) => {
    const known = await tx.select({ id: seats.id, role: seats.role }).from(seats).where(and(eq(seats.organizationId, organizationId), inArray(seats.id, seatIds)));
    const missingSeat = seatIds.find((id) => !known.some((k) => k.id === id));
    if (missingSeat) return fail(422, `No seat ${missingSeat} on this team.`);
    const foundClients = await tx.select({ id: clients.id }).from(clients).where(and(eq(clients.organizationId, organizationId), inArray(clients.id, clientIds)));
    const missingClient = clientIds.find((id) => !foundClients.some((c) => c.id === id));
    if (missingClient) return fail(422, `No client ${missingClient} in this organization.`);
    const roleOf = new Map(known.map((k) => [k.id, k.role]));
    const decision = p.kind === "price_disagreement"
      ? resolvePriceDisagreement(p.opinions.map((o) => ({ ...o, role: roleOf.get(o.seatId)! })))
      : resolveDoubleBooking(p.bookings[0], p.bookings[1]);
    const detail = p.kind === "price_disagreement" ? { opinions: p.opinions } : { bookings: p.bookings.map((b) => ({ ...b, startsAt: b.startsAt.toISOString(), endsAt: b.endsAt.toISOString(), bookedAt: b.bookedAt.toISOString() })) };
    const saved = await recordConflict(tx, { organizationId, clientId: clientIds[0]!, kind: p.kind, seatIds: [...new Set(seatIds)], detail, decision }, now);
    return ok({ conflictId: saved.id, decided: decision.decided, rule: decision.rule, reason: decision.reason, escalationId: saved.escalationId });
  });
}
