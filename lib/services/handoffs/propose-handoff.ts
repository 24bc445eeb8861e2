import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { can } from "@/lib/domain/auth/permissions";
import { checkHandoff } from "@/lib/domain/handoff/handoff-rules";
import type { Db, Tx } from "@/lib/db/client";
import { teamStanding } from "@/lib/domain/team/standing";
import { getClientTeam } from "@/lib/db/queries/client-team";
import { loadDossier } from "@/lib/db/queries/dossier";
import { recordAudit } from "@/lib/db/queries/audit";
import type { ViewerRecord } from "@/lib/db/queries/users";
import { clients, handoffs } from "@/lib/db/schema";
import { publishEvent } from "@/lib/events/publish";
import { requireWholeClient, writeRefusal } from "../client-access";
import { describeIssues, fail, ok, type Result } from "../result";
import { lockRouting } from "../routing-lock";
import { completeHandoff } from "./complete-handoff";
import { loadHandoffLimits, recentHandoffs, seatFacts } from "./handoff-context";

const NOT_ON_TEAM = "No such client on your team.";

export const handoffProposalSchema = z.object({
  clientId: z.guid("The client id must be a UUID"),
  toSeatId: z.guid("Choose the seat to hand the client to"),
  kind: z.enum(["transfer", "add_support"], { error: "kind must be transfer or add_support" }),
  reason: z.string().trim().min(5, "Say why, in a few words (at least 5 characters): the receiver reads it first").max(1000, "A reason is at most 1,000 characters"),
});

/**
 * Proposes handing a client to another seat (transfer of ownership) or adding a supporter, with
 * the client's dossier captured at this moment for the receiver to read before accepting. The
 * owner (or Jorge) may transfer; the lead (or Jorge) may add support. A handoff to an AI seat
 * completes at once, as AI seats accept at once. Loop rules and limits are checked here and
 * again when the receiver accepts. A seat holding only a pending offer is told to accept it first.
 */
export async function proposeHandoff(db: Db, viewer: ViewerRecord, input: unknown, now = new Date()): Promise<Result<{ handoffId: string; state: "proposed" | "completed" }>> {
  const parsed = handoffProposalSchema.safeParse(input);
  if (!parsed.success) return fail(400, describeIssues(parsed.error));
  const forAll = can(viewer.permissions, "clients.write_all");
  const refused = writeRefusal(viewer);
  if (refused) return refused;
  const p = parsed.data;
  try {
    return await proposeInTransaction(db, viewer, p, forAll, now);
  } catch (error) {
    if (error instanceof HandoffAborted) return error.result;
    throw error;
  }
}

async function proposeInTransaction(db: Db, viewer: ViewerRecord, p: z.infer<typeof handoffProposalSchema>, forAll: boolean, now: Date): Promise<Result<{ handoffId: string; state: "proposed" | "completed" }>> {
  const org = viewer.organizationId;
  return db.transaction(async (tx): Promise<Result<{ handoffId: string; state: "proposed" | "completed" }>> => {
    await lockRouting(tx, org);
    const access = await requireWholeClient(tx, viewer, p.clientId, NOT_ON_TEAM);
    if (!access.ok) return access;
    const [client] = await tx.select().from(clients).where(and(eq(clients.organizationId, org), eq(clients.id, p.clientId))).for("update");
    const team = client ? await getClientTeam(tx, org, p.clientId) : [];
    const me = teamStanding(viewer, team);
    if (!client || !me.onTeam) return fail(404, NOT_ON_TEAM);
    if (p.kind === "transfer" && !client.ownerSeatId) return fail(409, "Nobody owns this client yet: answer the pending offer or use Find a team first.");
    if (!forAll && p.kind === "transfer" && client.ownerSeatId !== viewer.seatId) return fail(403, "Only the client's owner (or Jorge) can hand the client over.");
    if (p.kind === "add_support" && !me.isLead) return fail(403, "Only the lead (or Jorge) adds supporters.");
    const to = (await seatFacts(tx, org, [p.toSeatId])).get(p.toSeatId);
    if (!to) return fail(422, "toSeatId: no such seat on this team; choose one from the list.");
    if (p.kind === "add_support" && team.some((t) => t.seatId === to.id)) return fail(409, `${to.name} already works this client.`);
    const fromSeatId = p.kind === "transfer" ? client.ownerSeatId : (viewer.seatId ?? client.ownerSeatId);
    const rule = checkHandoff({ clientId: client.id, fromSeatId, toSeatId: to.id, toSeat: to, clientOptedOut: client.optedOutAt != null, history: p.kind === "transfer" ? await recentHandoffs(tx, org, client.id, now) : [] }, now, await loadHandoffLimits(tx, org));
    if (!rule.ok) return fail(409, rule.error);
    return insertHandoff(tx, { organizationId: org, clientId: client.id, fromSeatId, toSeatId: to.id, kind: p.kind, reason: p.reason, initiatedBy: forAll ? "overseer" : "seat", proposedByUserId: viewer.userId, receiverIsAi: to.kind === "ai", toName: to.name, clientFirst: client.firstName }, now);
  });
}

async function insertHandoff(
  tx: Tx,
  h: { organizationId: string; clientId: string; fromSeatId: string | null; toSeatId: string; kind: "transfer" | "add_support"; reason: string; initiatedBy: "seat" | "overseer"; proposedByUserId: string; receiverIsAi: boolean; toName: string; clientFirst: string },
  now: Date,
): Promise<Result<{ handoffId: string; state: "proposed" | "completed" }>> {
  const [pending] = await tx.select({ id: handoffs.id }).from(handoffs).where(and(eq(handoffs.organizationId, h.organizationId), eq(handoffs.clientId, h.clientId), eq(handoffs.toSeatId, h.toSeatId), eq(handoffs.kind, h.kind), eq(handoffs.state, "proposed")));
  if (pending) return fail(409, `This handoff to ${h.toName} is already waiting for an answer.`);
  const dossier = await loadDossier(tx, h.organizationId, h.clientId, now);
  const [row] = await tx
    .insert(handoffs)
    .values({ organizationId: h.organizationId, clientId: h.clientId, fromSeatId: h.fromSeatId, toSeatId: h.toSeatId, kind: h.kind, initiatedBy: h.initiatedBy, reason: h.reason, dossier, proposedByUserId: h.proposedByUserId, createdAt: now })
    .returning();
  await recordAudit(tx, { organizationId: h.organizationId, actorType: "user", actorId: h.proposedByUserId, action: "handoff.proposed", entityType: "client", entityId: h.clientId, data: { handoffId: row!.id, to: h.toSeatId, kind: h.kind } });
  await publishEvent(tx, { type: "handoff.proposed", organizationId: h.organizationId, clientId: h.clientId, seatIds: [h.toSeatId, ...(h.fromSeatId ? [h.fromSeatId] : [])], summary: `${h.clientFirst} ${h.kind === "transfer" ? "handed" : "offered as support"} to ${h.toName}: ${h.reason}` });
  if (!h.receiverIsAi) return ok({ handoffId: row!.id, state: "proposed" });
  const done = await completeHandoff(tx, row!, null, now, "AI seats accept at once");
  if (!done.ok) throw new HandoffAborted(done);
  return ok({ handoffId: row!.id, state: "completed" });
}

/** Rolls the proposal back when an immediate completion fails, so nothing half-done is kept. */
class HandoffAborted extends Error {
  constructor(readonly result: Extract<Result<never>, { ok: false }>) {
    super(result.error);
  }
}
