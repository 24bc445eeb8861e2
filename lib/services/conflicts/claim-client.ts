import { and, desc, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import { resolveOwnershipClaim, type OwnershipClaim } from "@/lib/domain/conflict/rules";
import { ACTIVE_ASSIGNMENT_STATES } from "@/lib/domain/team/vocabulary";
import type { Db, Tx } from "@/lib/db/client";
import type { ViewerRecord } from "@/lib/db/queries/users";
import { assignments, clients, interactions } from "@/lib/db/schema";
import { endAssignment, logAssignment, setOwner } from "../offers/assignment-log";
import { requireWholeClient } from "../client-access";
import { describeIssues, fail, ok, type Result } from "../result";
import { lockRouting } from "../routing-lock";
import { recordConflict } from "./record-conflict";

const NOT_ON_TEAM = "No such client on your team.";

export const claimSchema = z.object({ clientId: z.guid("The client id must be a UUID") });

async function lastTouch(tx: Tx, organizationId: string, clientId: string, seatId: string): Promise<Date | null> {
  const [row] = await tx.select({ at: interactions.occurredAt }).from(interactions).where(and(eq(interactions.organizationId, organizationId), eq(interactions.clientId, clientId), eq(interactions.seatId, seatId), eq(interactions.direction, "outbound"))).orderBy(desc(interactions.occurredAt)).limit(1);
  return row?.at ?? null;
}

/**
 * A supporting seat claims the client as its own. The ownership rules decide against the
 * current owner or the seat holding the pending lead offer (the owner keeps; otherwise the
 * better routing score, then the most recent touch); a claim the rules cannot settle goes to
 * Jorge. The decision and its reason are recorded; a winning claimant becomes the lead. A seat
 * holding only a pending offer is told to accept it first, so an offer is answered, not claimed.
 */
export async function claimClient(db: Db, viewer: ViewerRecord, input: unknown, now = new Date()): Promise<Result<{ decided: boolean; won: boolean; reason: string }>> {
  const parsed = claimSchema.safeParse(input);
  if (!parsed.success) return fail(400, describeIssues(parsed.error));
  const { clientId } = parsed.data;
  const org = viewer.organizationId;
  if (!viewer.seatId) return fail(403, "Only someone with a seat on the team can claim a client.");
  return db.transaction(async (tx) => {
    await lockRouting(tx, org);
    const access = await requireWholeClient(tx, viewer, clientId, NOT_ON_TEAM);
    if (!access.ok) return access;
    const [client] = await tx.select().from(clients).where(and(eq(clients.organizationId, org), eq(clients.id, clientId))).for("update");
    const active = client ? await tx.select().from(assignments).where(and(eq(assignments.organizationId, org), eq(assignments.clientId, clientId), inArray(assignments.state, [...ACTIVE_ASSIGNMENT_STATES]))) : [];
    const mine = active.find((a) => a.seatId === viewer.seatId && a.state === "accepted");
    if (!client || !mine) return fail(404, NOT_ON_TEAM);
    if (client.ownerSeatId === viewer.seatId) return fail(409, "You already own this client.");
    const rival = active.find((a) => a.teamRole === "lead" && a.seatId !== viewer.seatId);
    const claim = async (seatId: string, score: number | null, isCurrentOwner: boolean): Promise<OwnershipClaim> => ({ seatId, claimedAt: now, isCurrentOwner, score, lastTouchAt: await lastTouch(tx, org, clientId, seatId) });
    const claims = [await claim(viewer.seatId!, mine.score, false), ...(rival ? [await claim(rival.seatId, rival.score, rival.state === "accepted" && client.ownerSeatId === rival.seatId)] : [])];
    const decision = resolveOwnershipClaim(claims);
    await recordConflict(tx, { organizationId: org, clientId, kind: "ownership_claim", seatIds: claims.map((c) => c.seatId), detail: { claims: claims.map((c) => ({ ...c, claimedAt: c.claimedAt.toISOString(), lastTouchAt: c.lastTouchAt?.toISOString() ?? null })) }, decision }, now);
    const won = decision.decided && decision.winnerSeatId === viewer.seatId;
    if (won) {
      for (const a of [mine, ...(rival ? [rival] : [])]) await endAssignment(tx, a, now, { actorUserId: viewer.userId, reason: `Ownership claim decided: ${decision.reason}` });
      const [lead] = await tx.insert(assignments).values({ organizationId: org, clientId, seatId: viewer.seatId!, teamRole: "lead", seatRole: mine.seatRole, state: "accepted", offeredAt: now, respondedAt: now, score: mine.score, reason: `Won an ownership claim: ${decision.reason}` }).returning();
      await logAssignment(tx, lead!, "accepted", now, { actorUserId: viewer.userId, reason: lead!.reason });
      await setOwner(tx, org, clientId, viewer.seatId!, now);
    }
    return ok({ decided: decision.decided, won, reason: decision.reason });
  });
}
