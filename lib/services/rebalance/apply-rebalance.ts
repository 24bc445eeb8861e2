import { and, eq, inArray } from "drizzle-orm";
import { moveNotices } from "@/lib/domain/rebalance/move-notice";
import { selectMoves } from "@/lib/domain/rebalance/select-moves";
import { can } from "@/lib/domain/auth/permissions";
import type { Db, Tx } from "@/lib/db/client";
import { recordAudit } from "@/lib/db/queries/audit";
import { loadDossier } from "@/lib/db/queries/dossier";
import type { ViewerRecord } from "@/lib/db/queries/users";
import { assignments, handoffs, seats } from "@/lib/db/schema";
import { notifySeat } from "../notices/notify-seat";
import { logAssignment, setOwner } from "../offers/assignment-log";
import { fail, ok, type Result } from "../result";
import { lockRouting } from "../routing-lock";
import { computePreview, type RebalancePreview } from "./preview-rebalance";

export interface AppliedRebalance {
  moved: number;
  scoreGained: number;
  /** Seats told about a client leaving or arriving. */
  seatsTold: number;
}

type Move = RebalancePreview["plan"]["moves"][number];

async function seatNames(tx: Tx, organizationId: string, ids: string[]) {
  const rows = ids.length ? await tx.select({ id: seats.id, name: seats.name }).from(seats).where(and(eq(seats.organizationId, organizationId), inArray(seats.id, ids))) : [];
  return new Map(rows.map((r) => [r.id, r.name]));
}

/**
 * Applies the moves Jorge kept from a previewed rebalance, in one transaction: each ends the old
 * lead assignment, gives the client to the new seat, records a handoff with the dossier and an
 * audit entry, and tells both seats why. Refuses with 409 when the team changed since the
 * preview, and with 422 when the kept moves need one he left out to make room.
 */
export async function applyRebalance(db: Db, viewer: ViewerRecord, planId: string, chosen: readonly string[] | null = null, now = new Date()): Promise<Result<AppliedRebalance>> {
  if (!can(viewer.permissions, "team.manage")) return fail(403, "Only the overseer can rebalance the team.");
  return db.transaction(async (tx) => {
    const org = viewer.organizationId;
    await lockRouting(tx, org);
    const preview = await computePreview(tx, org, now);
    if (preview.planId !== planId) return fail(409, "The team changed since this preview. Review the new preview, then apply it.");
    if (chosen?.length === 0) return fail(422, "No move is selected. Tick the moves to apply, or leave the team as it is.");
    const names = await seatNames(tx, org, preview.seats.map((s) => s.id));
    const byClient = new Map(preview.movable.map((m) => [m.client.id, m]));
    const clientName = (id: string) => (byClient.get(id) ? `${byClient.get(id)!.client.firstName} ${byClient.get(id)!.client.lastName}`.trim() : (names.get(id) ?? id));
    const selection = selectMoves(preview.plan.moves, preview.seats.map((s) => ({ id: s.id, capacity: s.capacity, load: s.activeLoad })), new Set(chosen ?? preview.plan.moves.map((m) => m.client)), clientName);
    if (!selection.ok) return fail(422, selection.error);
    const loads = new Map(preview.seats.map((s) => [s.id, s]));
    const told = new Set<string>();
    for (const move of selection.moves) {
      await applyMove(tx, viewer, move, byClient.get(move.client)!, planId, now);
      const from = move.from ? loads.get(move.from)! : null;
      const to = loads.get(move.to)!;
      const notices = moveNotices({
        client: clientName(move.client), by: viewer.name, scoreBefore: move.scoreBefore, scoreAfter: move.scoreAfter,
        from: from ? { name: names.get(from.id) ?? "a seat", load: from.activeLoad, capacity: from.capacity } : null,
        to: { name: names.get(to.id) ?? "a seat", load: to.activeLoad, capacity: to.capacity },
      });
      const href = `/clients/${move.client}`;
      if (move.from && notices.from) await notifySeat(tx, { organizationId: org, seatId: move.from, clientId: move.client, kind: "client_moved_away", body: notices.from, href, at: now });
      await notifySeat(tx, { organizationId: org, seatId: move.to, clientId: move.client, kind: "client_moved_in", body: notices.to, href, at: now });
      if (move.from) told.add(move.from);
      told.add(move.to);
    }
    const gained = selection.moves.reduce((sum: number, m: Move) => sum + m.scoreAfter - m.scoreBefore, 0);
    return ok({ moved: selection.moves.length, scoreGained: gained, seatsTold: told.size });
  });
}

async function applyMove(tx: Tx, viewer: ViewerRecord, move: Move, held: RebalancePreview["movable"][number], planId: string, now: Date) {
  const org = viewer.organizationId;
  const reason = `Rebalanced by ${viewer.name}: score ${move.scoreBefore.toFixed(2)} → ${move.scoreAfter.toFixed(2)}`;
  const [ended] = await tx.update(assignments).set({ state: "rescinded", endedAt: now }).where(and(eq(assignments.organizationId, org), eq(assignments.id, held.assignmentId))).returning();
  await logAssignment(tx, ended!, "rescinded", now, { actorUserId: viewer.userId, reason });
  const [placed] = await tx.insert(assignments).values({ organizationId: org, clientId: move.client, seatId: move.to, teamRole: "lead", seatRole: held.seatRole, state: "accepted", offeredAt: now, respondedAt: now, score: Math.min(1, move.scoreAfter), reason }).returning();
  await logAssignment(tx, placed!, "accepted", now, { actorUserId: viewer.userId, reason });
  await setOwner(tx, org, move.client, move.to, now);
  await tx.insert(handoffs).values({ organizationId: org, clientId: move.client, fromSeatId: move.from, toSeatId: move.to, kind: "transfer", initiatedBy: "rebalance", reason: `Rebalance: score ${move.scoreBefore.toFixed(2)} → ${move.scoreAfter.toFixed(2)}`, dossier: await loadDossier(tx, org, move.client, now), proposedByUserId: viewer.userId, decidedByUserId: viewer.userId, state: "completed", createdAt: now, decidedAt: now });
  await recordAudit(tx, { organizationId: org, actorType: "user", actorId: viewer.userId, action: "client.rebalanced", entityType: "client", entityId: move.client, data: { from: move.from, to: move.to, planId } });
}
