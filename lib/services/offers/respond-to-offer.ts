import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { explainSkip } from "@/lib/domain/assignment/fallback-words";
import { transition } from "@/lib/domain/assignment/lifecycle";
import { can } from "@/lib/domain/auth/permissions";
import type { AssignmentState } from "@/lib/domain/team/vocabulary";
import type { Db } from "@/lib/db/client";
import { recordAudit } from "@/lib/db/queries/audit";
import type { ViewerRecord } from "@/lib/db/queries/users";
import { assignments } from "@/lib/db/schema";
import { loadRoutingSettings } from "../intake/routing-settings";
import { describeIssues, fail, ok, type Result } from "../result";
import { lockRouting } from "../routing-lock";
import { logAssignment, scheduleExpiry, setOwner } from "./assignment-log";
import { applyNext, planNext, type NextOutcome } from "./offer-next";

export const offerAnswerSchema = z.discriminatedUnion("answer", [
  z.object({ assignmentId: z.guid("The offer id must be a UUID"), answer: z.literal("accept") }),
  z.object({
    assignmentId: z.guid("The offer id must be a UUID"),
    answer: z.literal("decline"),
    reason: z.string().trim().min(3, "Say why you decline (at least 3 characters), so the next seat and Jorge know").max(500, "A reason is at most 500 characters"),
    /** A teammate to offer the client to next, instead of the next seat in the chain. */
    nextSeatId: z.guid("Choose the teammate from the list, or leave it on the next seat in the chain").nullish(),
  }),
]);

export interface OfferAnswer {
  state: AssignmentState;
  nextSeatId: string | null;
  nextSeatName?: string | null;
  /** The teammate the decliner named: whether they got the offer, and if not, why. */
  named?: NextOutcome["named"];
}

/**
 * A team member's answer to an offer. Accepting a lead place makes their seat the client's
 * owner; declining sends the place down the fallback chain in the same transaction, first to
 * the teammate the decliner named when that seat can take it (otherwise the answer says why).
 * Only the offered seat (or someone allowed to act for every client) may answer; an expired,
 * withdrawn or already answered offer is refused and nothing changes. Jorge cannot decline a
 * client offered to his own seat when nobody else can take it: he would only escalate to himself.
 */
export async function respondToOffer(db: Db, viewer: ViewerRecord, input: unknown, now = new Date()): Promise<Result<OfferAnswer>> {
  const parsed = offerAnswerSchema.safeParse(input);
  if (!parsed.success) return fail(400, describeIssues(parsed.error));
  const forAll = can(viewer.permissions, "clients.write_all");
  if (!forAll && !can(viewer.permissions, "clients.write_own")) return fail(403, "Your role cannot answer offers; ask Jorge for team-member access.");
  const { assignmentId, answer } = parsed.data;
  const org = viewer.organizationId;
  const result = await db.transaction(async (tx) => {
    await lockRouting(tx, org);
    const [offer] = await tx.select().from(assignments).where(and(eq(assignments.organizationId, org), eq(assignments.id, assignmentId))).for("update");
    if (!offer || (!forAll && offer.seatId !== viewer.seatId)) return { result: fail(404, "No such offer for your seat. It may have gone to someone else; refresh your offers.") };
    const step = transition(offer.state as AssignmentState, answer, now, offer.expiresAt);
    if (!step.ok) return { result: fail(409, step.error), expired: offer.state === "offered" ? offer : null };
    const decline = parsed.data.answer === "decline" ? parsed.data : null;
    const settings = decline ? await loadRoutingSettings(tx, org) : null;
    const declined = { ...offer, state: "declined" };
    const plan = decline && settings ? await planNext(tx, declined, settings, now, decline.nextSeatId) : null;
    if (plan && "exhausted" in plan.step && offer.teamRole === "lead" && offer.seatId === plan.ctx.overseerSeatId) {
      const why = plan.step.skipped.filter((s) => s.reason !== "already offered").slice(0, 4).map((s) => explainSkip(plan.ctx.seats.get(s.seatId)?.name ?? "A seat", s.reason));
      return { result: fail(409, `Nobody else can take ${plan.ctx.client.firstName} now${why.length ? ` (${why.join("; ")})` : ""}. Keep the client, or free a teammate's capacity and decline again.`) };
    }
    const reason = decline?.reason ?? null;
    await tx.update(assignments).set({ state: step.state, respondedAt: now, reason: reason ?? offer.reason }).where(and(eq(assignments.organizationId, org), eq(assignments.id, offer.id)));
    await logAssignment(tx, offer, step.state, now, { actorUserId: viewer.userId, reason });
    await recordAudit(tx, { organizationId: org, actorType: "user", actorId: viewer.userId, action: `assignment.${step.state}`, entityType: "assignment", entityId: offer.id, data: { clientId: offer.clientId, seatId: offer.seatId, reason, namedSeatId: decline?.nextSeatId ?? null } });
    if (step.state === "accepted" && offer.teamRole === "lead") await setOwner(tx, org, offer.clientId, offer.seatId, now);
    if (!plan || !settings) return { result: ok<OfferAnswer>({ state: step.state, nextSeatId: null }) };
    const next = await applyNext(tx, declined, plan, settings, now, { named: decline?.nextSeatId, declinedBy: viewer.name, declineReason: reason, actorUserId: viewer.userId });
    return { result: ok<OfferAnswer>({ state: step.state, nextSeatId: next.offeredTo, nextSeatName: next.offeredToName, named: next.named }) };
  });
  if (result.expired) await scheduleExpiry({ ...result.expired, expiresAt: now });
  return result.result;
}
