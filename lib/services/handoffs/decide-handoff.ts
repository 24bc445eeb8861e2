import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { can } from "@/lib/domain/auth/permissions";
import type { Db } from "@/lib/db/client";
import { recordAudit } from "@/lib/db/queries/audit";
import type { ViewerRecord } from "@/lib/db/queries/users";
import { clients, handoffs } from "@/lib/db/schema";
import { publishEvent } from "@/lib/events/publish";
import { describeIssues, fail, ok, type Result } from "../result";
import { lockRouting } from "../routing-lock";
import { completeHandoff } from "./complete-handoff";
import { seatFacts } from "./handoff-context";
import { writeRefusal } from "../client-access";

const id = z.guid("The handoff id must be a UUID");
export const handoffDecisionSchema = z.discriminatedUnion("decision", [
  z.object({ handoffId: id, decision: z.literal("accept"), note: z.string().trim().max(1000, "A note is at most 1,000 characters").optional() }),
  z.object({ handoffId: id, decision: z.literal("reject"), note: z.string().trim().min(3, "Say why you turn it down (at least 3 characters)").max(1000, "A note is at most 1,000 characters") }),
  z.object({ handoffId: id, decision: z.literal("cancel"), note: z.string().trim().max(1000, "A note is at most 1,000 characters").optional() }),
]);

class Refused extends Error {
  constructor(readonly result: Extract<Result<never>, { ok: false }>) {
    super(result.error);
  }
}

/**
 * The receiving seat accepts or rejects a proposed handoff, or its proposer (or Jorge) cancels
 * it. Accepting carries it out all or nothing (see completeHandoff); when the rules refuse at
 * that moment the handoff stays proposed and nothing changes.
 */
export async function decideHandoff(db: Db, viewer: ViewerRecord, input: unknown, now = new Date()): Promise<Result<{ state: "completed" | "rejected" | "cancelled" }>> {
  const parsed = handoffDecisionSchema.safeParse(input);
  if (!parsed.success) return fail(400, describeIssues(parsed.error));
  const refused = writeRefusal(viewer);
  if (refused) return refused;
  const d = parsed.data;
  const org = viewer.organizationId;
  const forAll = can(viewer.permissions, "clients.write_all");
  try {
    return await db.transaction(async (tx): Promise<Result<{ state: "completed" | "rejected" | "cancelled" }>> => {
      await lockRouting(tx, org);
      const [peek] = await tx.select({ clientId: handoffs.clientId }).from(handoffs).where(and(eq(handoffs.organizationId, org), eq(handoffs.id, d.handoffId)));
      if (peek) await tx.select({ id: clients.id }).from(clients).where(and(eq(clients.organizationId, org), eq(clients.id, peek.clientId))).for("update");
      const [h] = await tx.select().from(handoffs).where(and(eq(handoffs.organizationId, org), eq(handoffs.id, d.handoffId))).for("update");
      const receiver = h ? (await seatFacts(tx, org, [h.toSeatId])).get(h.toSeatId) : undefined;
      const isReceiver = Boolean(h && viewer.seatId && h.toSeatId === viewer.seatId);
      const isProposer = Boolean(h && h.proposedByUserId === viewer.userId);
      if (!h || (!forAll && !isReceiver && !isProposer)) return fail(404, "No such handoff for your seat.");
      if (h.state !== "proposed") return fail(409, `This handoff was already ${h.state}.`);
      if (d.decision === "cancel" && !forAll && !isProposer) return fail(403, "Only whoever proposed the handoff (or Jorge) can cancel it.");
      if (d.decision !== "cancel" && !forAll && !isReceiver) return fail(403, "Only the receiving seat (or Jorge) can accept or reject this handoff.");
      if (d.decision === "accept") {
        const done = await completeHandoff(tx, h, viewer.userId, now, d.note ?? null);
        if (!done.ok) throw new Refused(done);
        return ok({ state: "completed" as const });
      }
      const state = d.decision === "reject" ? "rejected" : "cancelled";
      await tx.update(handoffs).set({ state, decidedAt: now, decidedByUserId: viewer.userId, decisionNote: d.note ?? null }).where(and(eq(handoffs.organizationId, org), eq(handoffs.id, h.id)));
      await recordAudit(tx, { organizationId: org, actorType: "user", actorId: viewer.userId, action: `handoff.${state}`, entityType: "client", entityId: h.clientId, data: { handoffId: h.id, note: d.note ?? null } });
      if (state === "rejected") {
        await publishEvent(tx, { type: "handoff.rejected", organizationId: org, clientId: h.clientId, seatIds: [h.toSeatId, ...(h.fromSeatId ? [h.fromSeatId] : [])], summary: `${receiver?.name ?? "The receiving seat"} turned down the handoff: ${d.note}` });
      }
      return ok({ state });
    });
  } catch (error) {
    if (error instanceof Refused) return error.result;
    throw error;
  }
}
