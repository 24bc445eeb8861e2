import { and, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import { resolveDoubleBooking, resolvePriceDisagreement } from "@/lib/domain/conflict/rules";
import { boundedDate } from "@/lib/domain/input/bounded-date";
import type { Db, Tx } from "@/lib/db/client";
import { clientReach } from "@/lib/db/queries/scope";
import { clients, seats } from "@/lib/db/schema";
import { describeIssues, fail, ok, type Result } from "../result";
import { recordConflict } from "./record-conflict";

const booking = z.object({
  seatId: z.guid("seatId must be a UUID"), clientId: z.guid("clientId must be a UUID"),
  startsAt: boundedDate("startsAt must be a date and time"), endsAt: boundedDate("endsAt must be a date and time"), bookedAt: boundedDate("bookedAt must be a date and time"),
}).refine((b) => b.endsAt > b.startsAt, { message: "endsAt must be after startsAt" });

export const conflictReportSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("price_disagreement"),
    clientId: z.guid("clientId must be a UUID"),
    opinions: z.array(z.object({ seatId: z.guid("seatId must be a UUID"), price: z.number().int("price must be whole dollars").positive("price must be above 0") })).min(2, "Give at least two seats' prices to compare").max(20, "Compare at most 20 seats' prices"),
  }),
  z.object({ kind: z.literal("double_booking"), bookings: z.tuple([booking, booking]) }),
]);

/**
 * The first seat named for a client it does not work (neither its owner seat nor an accepted
 * place on its team; a pending offer is not enough), or null when every seat works its client.
 */
async function seatOffTeam(tx: Tx, organizationId: string, pairs: readonly { seatId: string; clientId: string }[]): Promise<{ seatId: string; clientId: string } | null> {
  const unique = [...new Map(pairs.map((pair) => [`${pair.seatId}:${pair.clientId}`, pair])).values()];
  for (const pair of unique) {
    if ((await clientReach(tx, { organizationId, seatId: pair.seatId, all: false }, pair.clientId)) !== "whole") return pair;
  }
  return null;
}

/**
 * A disagreement reported by specialists or another system: two or more seats' prices for one
 * client (settled when within 5% of their median, else Jorge decides), or two overlapping
 * appointments (the earlier booking stands). Seats and clients must belong to the organization,
 * and each seat must work the client it is named for; a refused report writes and tells nothing.
 */
export async function reportConflict(db: Db, organizationId: string, input: unknown, now = new Date()): Promise<Result<{ conflictId: string; decided: boolean; rule: string; reason: string; escalationId: string | null }>> {
  const parsed = conflictReportSchema.safeParse(input);
  if (!parsed.success) return fail(400, describeIssues(parsed.error));
  const p = parsed.data;
  const pairs = p.kind === "price_disagreement" ? p.opinions.map((o) => ({ seatId: o.seatId, clientId: p.clientId })) : p.bookings.map((b) => ({ seatId: b.seatId, clientId: b.clientId }));
  const seatIds = pairs.map((pair) => pair.seatId);
  const clientIds = pairs.map((pair) => pair.clientId);
  return db.transaction(async (tx) => {
    const known = await tx.select({ id: seats.id, role: seats.role }).from(seats).where(and(eq(seats.organizationId, organizationId), inArray(seats.id, seatIds)));
    const missingSeat = seatIds.find((id) => !known.some((k) => k.id === id));
    if (missingSeat) return fail(422, `No seat ${missingSeat} on this team.`);
    const foundClients = await tx.select({ id: clients.id }).from(clients).where(and(eq(clients.organizationId, organizationId), inArray(clients.id, clientIds)));
    const missingClient = clientIds.find((id) => !foundClients.some((c) => c.id === id));
    if (missingClient) return fail(422, `No client ${missingClient} in this organization.`);
    const off = await seatOffTeam(tx, organizationId, pairs);
    if (off) return fail(422, `Seat ${off.seatId} does not work client ${off.clientId}; only seats on the client's team can report a conflict about them.`);
    const roleOf = new Map(known.map((k) => [k.id, k.role]));
    const decision = p.kind === "price_disagreement"
      ? resolvePriceDisagreement(p.opinions.map((o) => ({ ...o, role: roleOf.get(o.seatId)! })))
      : resolveDoubleBooking(p.bookings[0], p.bookings[1]);
    const detail = p.kind === "price_disagreement" ? { opinions: p.opinions } : { bookings: p.bookings.map((b) => ({ ...b, startsAt: b.startsAt.toISOString(), endsAt: b.endsAt.toISOString(), bookedAt: b.bookedAt.toISOString() })) };
    const saved = await recordConflict(tx, { organizationId, clientId: clientIds[0]!, kind: p.kind, seatIds: [...new Set(seatIds)], detail, decision }, now);
    return ok({ conflictId: saved.id, decided: decision.decided, rule: decision.rule, reason: decision.reason, escalationId: saved.escalationId });
  });
}
