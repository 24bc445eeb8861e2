import { createHash } from "node:crypto";
import { and, eq, notInArray, sql } from "drizzle-orm";
import { planRebalance, type RebalancePlan } from "@/lib/domain/rebalance/rebalance-plan";
import { scoreLeadCandidates, type SeatCandidate } from "@/lib/domain/routing";
import { can } from "@/lib/domain/auth/permissions";
import { satisfactionSignal } from "@/lib/domain/satisfaction/satisfaction-signal";
import type { SeatRole } from "@/lib/domain/team/vocabulary";
import type { Db, Tx } from "@/lib/db/client";
import { recordAudit } from "@/lib/db/queries/audit";
import { lockRouting } from "./routing-lock";
import { loadDossier } from "@/lib/db/queries/dossier";
import { logAssignment, setOwner } from "./offers/assignment-log";
import { loadMarketRefs, loadSeatCandidates } from "@/lib/db/queries/routing-candidates";
import { evidenceByClient } from "@/lib/db/queries/satisfaction-evidence";
import type { ViewerRecord } from "@/lib/db/queries/users";
import { assignments, clients, handoffs } from "@/lib/db/schema";
import { routingRequestFor } from "./intake/routing-request";
import { loadRoutingSettings } from "./intake/routing-settings";
import { fail, ok, type Result } from "./result";

/** Clients past these stages stay with their seat: moving them mid-escrow would hurt the deal. */
const LOCKED_STAGES = ["Under Contract", "Closed", "Lost"];
/** A seat must have served a client this long before the client's satisfaction counts as about that seat. */
const RELATIONSHIP_DAYS = 14;
/** A move must raise the client's score by this much to be worth a new voice for the client. */
export const MOVE_THRESHOLD = 0.05;

export interface RebalancePreview {
  plan: RebalancePlan;
  /** Fingerprint of the moves; applying checks nothing changed since the preview. */
  planId: string;
  seats: Pick<SeatCandidate, "id" | "role" | "kind" | "capacity" | "activeLoad">[];
  movable: { id: string; assignmentId: string; seatRole: string }[];
}

const relationshipOf = (seatId: string, score: number | null) => (score === null ? null : { seatId, satisfaction: score });

/** Computes the optimal placement of the movable lead clients, under the routing lock when in a transaction. */
async function computePreview(db: Db | Tx, organizationId: string, now: Date): Promise<RebalancePreview> {
  const [seats, markets, settings, evidence] = await Promise.all([
    loadSeatCandidates(db, organizationId, now),
    loadMarketRefs(db, organizationId),
    loadRoutingSettings(db, organizationId),
    evidenceByClient(db, organizationId, new Date(now.getTime() - 90 * 86_400_000)),
  ]);
  const satisfaction = (clientId: string) => {
    const found = evidence.get(clientId);
    return found ? satisfactionSignal(found).score : null;
  };
  const rows = await db
    .select({ assignmentId: assignments.id, seatId: assignments.seatId, seatRole: assignments.seatRole, since: assignments.respondedAt, client: clients })
    .from(assignments)
    .innerJoin(clients, and(eq(clients.organizationId, assignments.organizationId), eq(clients.id, assignments.clientId)))
    .where(and(eq(assignments.organizationId, organizationId), eq(assignments.teamRole, "lead"), eq(assignments.state, "accepted"), notInArray(clients.stage, LOCKED_STAGES), sql`${assignments.seatRole} <> 'overseer'`));
  const movableBySeat = rows.reduce((m, r) => m.set(r.seatId, (m.get(r.seatId) ?? 0) + 1), new Map<string, number>());
  // Scores see only the load that cannot move; the optimizer places the rest. Scoring against
  // today's full load would make every applied plan suggest the next one.
  const scoringSeats = seats.map((s) => ({ ...s, activeLoad: s.activeLoad - (movableBySeat.get(s.id) ?? 0) }));
  const plan = planRebalance({
    moveThreshold: MOVE_THRESHOLD,
    seats: seats.map((s) => ({ id: s.id, capacity: s.capacity, currentLoad: s.activeLoad - (movableBySeat.get(s.id) ?? 0) })),
    clients: rows.map((r) => ({
      id: r.client.id,
      currentSeat: r.seatId,
      candidates: scoreLeadCandidates(
        routingRequestFor(r.client, { relationship: r.since && r.since.getTime() <= now.getTime() - RELATIONSHIP_DAYS * 86_400_000 ? relationshipOf(r.seatId, satisfaction(r.client.id)) : null }),
        r.seatRole as SeatRole, scoringSeats, settings.weights, markets,
      ),
    })),
  });
  const planId = createHash("sha256").update(JSON.stringify(plan.moves.map((m) => [m.client, m.from, m.to]))).digest("hex").slice(0, 16);
  return { plan, planId, seats: seats.map(({ id, role, kind, capacity, activeLoad }) => ({ id, role, kind, capacity, activeLoad })), movable: rows.map((r) => ({ id: r.client.id, assignmentId: r.assignmentId, seatRole: r.seatRole })) };
}

/** The rebalance preview for the overseer: moves, score gained, load before and after. */
export async function previewRebalance(db: Db, viewer: ViewerRecord, now = new Date()): Promise<Result<RebalancePreview>> {
  if (!can(viewer.permissions, "team.manage")) return fail(403, "Only the overseer can rebalance the team.");
  return ok(await computePreview(db, viewer.organizationId, now));
}

/**
 * Applies a previewed rebalance in one transaction: each move ends the old lead assignment,
 * gives the client to the new seat and records a handoff and an audit entry. Refuses with 409
 * when the team changed since the preview, so Jorge never applies moves he has not seen.
 */
export async function applyRebalance(db: Db, viewer: ViewerRecord, planId: string, now = new Date()): Promise<Result<{ moved: number; scoreGained: number }>> {
  if (!can(viewer.permissions, "team.manage")) return fail(403, "Only the overseer can rebalance the team.");
  return db.transaction(async (tx) => {
    await lockRouting(tx, viewer.organizationId);
    const preview = await computePreview(tx, viewer.organizationId, now);
    if (preview.planId !== planId) return fail(409, "The team changed since this preview. Review the new preview, then apply it.");
    const org = viewer.organizationId;
    const byClient = new Map(preview.movable.map((m) => [m.id, m]));
    for (const move of preview.plan.moves) {
      const held = byClient.get(move.client)!;
      const reason = `Rebalanced by ${viewer.name}: score ${move.scoreBefore.toFixed(2)} → ${move.scoreAfter.toFixed(2)}`;
      const [ended] = await tx.update(assignments).set({ state: "rescinded", endedAt: now }).where(and(eq(assignments.organizationId, org), eq(assignments.id, held.assignmentId))).returning();
      await logAssignment(tx, ended!, "rescinded", now, { actorUserId: viewer.userId, reason });
      const [placed] = await tx.insert(assignments).values({ organizationId: org, clientId: move.client, seatId: move.to, teamRole: "lead", seatRole: held.seatRole, state: "accepted", offeredAt: now, respondedAt: now, score: Math.min(1, move.scoreAfter), reason }).returning();
      await logAssignment(tx, placed!, "accepted", now, { actorUserId: viewer.userId, reason });
      await setOwner(tx, org, move.client, move.to, now);
      await tx.insert(handoffs).values({ organizationId: org, clientId: move.client, fromSeatId: move.from, toSeatId: move.to, kind: "transfer", initiatedBy: "rebalance", reason: `Rebalance: score ${move.scoreBefore.toFixed(2)} → ${move.scoreAfter.toFixed(2)}`, dossier: await loadDossier(tx, org, move.client, now), proposedByUserId: viewer.userId, decidedByUserId: viewer.userId, state: "completed", createdAt: now, decidedAt: now });
      await recordAudit(tx, { organizationId: org, actorType: "user", actorId: viewer.userId, action: "client.rebalanced", entityType: "client", entityId: move.client, data: { from: move.from, to: move.to, planId } });
    }
    return ok({ moved: preview.plan.moves.length, scoreGained: preview.plan.scoreGained });
  });
}
