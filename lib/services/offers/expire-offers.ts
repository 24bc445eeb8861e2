import { and, asc, eq, lte } from "drizzle-orm";
import { transition } from "@/lib/domain/assignment/lifecycle";
import type { Db } from "@/lib/db/client";
import { recordAudit } from "@/lib/db/queries/audit";
import { assignments } from "@/lib/db/schema";
import { loadRoutingSettings } from "../intake/routing-settings";
import { lockRouting } from "../routing-lock";
import { logAssignment } from "./assignment-log";
import { offerNext } from "./offer-next";

/**
 * Times out one offer if it is still waiting past its expiry, and offers the place to the next
 * seat of its chain, in one transaction. Idempotent: an offer already answered, withdrawn or
 * timed out (by another worker) is left alone. Returns true when it timed the offer out.
 */
export async function expireOffer(db: Db, organizationId: string, assignmentId: string, now = new Date()): Promise<boolean> {
  return db.transaction(async (tx) => {
    await lockRouting(tx, organizationId);
    const [offer] = await tx.select().from(assignments).where(and(eq(assignments.organizationId, organizationId), eq(assignments.id, assignmentId))).for("update");
    if (!offer || offer.state !== "offered") return false;
    const step = transition("offered", "time_out", now, offer.expiresAt);
    if (!step.ok) return false;
    await tx.update(assignments).set({ state: "timed_out", respondedAt: now }).where(and(eq(assignments.organizationId, organizationId), eq(assignments.id, offer.id)));
    const waited = offer.expiresAt ? Math.round((offer.expiresAt.getTime() - offer.offeredAt.getTime()) / 1000) : null;
    await logAssignment(tx, offer, "timed_out", now, { reason: waited ? `No answer within ${waited >= 120 ? `${Math.round(waited / 60)} min` : `${waited} s`}` : null });
    await recordAudit(tx, { organizationId, actorType: "system", action: "assignment.timed_out", entityType: "assignment", entityId: offer.id, data: { clientId: offer.clientId, seatId: offer.seatId, lateBySeconds: offer.expiresAt ? Math.round((now.getTime() - offer.expiresAt.getTime()) / 1000) : null } });
    await offerNext(tx, { ...offer, state: "timed_out" }, await loadRoutingSettings(tx, organizationId), now);
    return true;
  });
}

/** Times out every offer whose expiry has passed, oldest first; returns how many fell back. */
export async function sweepExpiredOffers(db: Db, now = new Date(), max = 500): Promise<number> {
  const due = await db
    .select({ organizationId: assignments.organizationId, id: assignments.id })
    .from(assignments)
    .where(and(eq(assignments.state, "offered"), lte(assignments.expiresAt, now)))
    .orderBy(asc(assignments.expiresAt))
    .limit(max);
  let expired = 0;
  for (const offer of due) if (await expireOffer(db, offer.organizationId, offer.id, now)) expired++;
  return expired;
}

