import { and, eq, inArray } from "drizzle-orm";
import { nextInChain, type ChainSeat } from "@/lib/domain/assignment/fallback-chain";
import { offerTimeoutSeconds } from "@/lib/domain/assignment/offer-timeout";
import { isOutreachSeat } from "@/lib/domain/routing/constraints";
import { ACTIVE_ASSIGNMENT_STATES, type SeatKind, type SeatRole } from "@/lib/domain/team/vocabulary";
import type { Tx } from "@/lib/db/client";
import { activeLoads, findOverseerSeatId } from "@/lib/db/queries/routing-candidates";
import { assignments, clients, seats } from "@/lib/db/schema";
import { openEscalation } from "../escalations/open-escalation";
import type { RoutingSettings } from "../intake/routing-settings";
import { startAssignment } from "./assignment-log";

type AssignmentRow = typeof assignments.$inferSelect;

async function chainSeats(tx: Tx, organizationId: string, ids: string[], optedOut: boolean): Promise<Map<string, ChainSeat>> {
  if (!ids.length) return new Map();
  const rows = await tx.select({ id: seats.id, kind: seats.kind, role: seats.role, presence: seats.presence, capacity: seats.capacity }).from(seats).where(and(eq(seats.organizationId, organizationId), inArray(seats.id, ids)));
  const load = await activeLoads(tx, organizationId, ids);
  return new Map(rows.map((r) => [r.id, {
    id: r.id, kind: r.kind as SeatKind, presence: r.presence, capacity: r.capacity, activeLoad: load.get(r.id) ?? 0,
    optedOutBlocked: optedOut && isOutreachSeat({ role: r.role as SeatRole, kind: r.kind as SeatKind }),
  }]));
}

/** The seats already asked in this fallback chain: each fallback offer names the one it follows. */
function chainOf(lastId: string, rows: readonly { id: string; seatId: string; scoreBreakdown: unknown }[]): string[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const seen: string[] = [];
  for (let at = byId.get(lastId); at && seen.length <= rows.length; ) {
    seen.push(at.seatId);
    const from = (at.scoreBreakdown as { fallbackFrom?: string } | null)?.fallbackFrom;
    at = from ? byId.get(from) : undefined;
  }
  return seen;
}

/**
 * After a decline or a timeout, offers the place to the next seat of its fallback chain (the
 * routing runners-up in order, then Jorge for a lead place). An AI seat accepts at once; a human
 * seat gets an offer with its own timeout. When the chain is exhausted on a lead place, Jorge
 * gets a critical escalation. Runs under the caller's routing lock.
 */
export async function offerNext(tx: Tx, prior: AssignmentRow, settings: RoutingSettings, now: Date): Promise<{ offeredTo: string | null; exhausted: boolean }> {
  const org = prior.organizationId;
  const [client] = await tx.select({ temperature: clients.temperature, optedOutAt: clients.optedOutAt, first: clients.firstName }).from(clients).where(and(eq(clients.organizationId, org), eq(clients.id, prior.clientId)));
  const sameKind = await tx
    .select({ id: assignments.id, seatId: assignments.seatId, scoreBreakdown: assignments.scoreBreakdown })
    .from(assignments)
    .where(and(eq(assignments.organizationId, org), eq(assignments.clientId, prior.clientId), eq(assignments.teamRole, prior.teamRole), eq(assignments.seatRole, prior.seatRole)));
  const onTeam = await tx.select({ seatId: assignments.seatId }).from(assignments).where(and(eq(assignments.organizationId, org), eq(assignments.clientId, prior.clientId), inArray(assignments.state, [...ACTIVE_ASSIGNMENT_STATES])));
  const tried = new Set([...chainOf(prior.id, sameKind), ...onTeam.map((r) => r.seatId)]);
  const runnersUp = (prior.runnersUp as { seatId: string; score: number }[]) ?? [];
  const overseerSeatId = prior.teamRole === "lead" ? await findOverseerSeatId(tx, org) : null;
  const ids = [...new Set([...runnersUp.map((r) => r.seatId), ...(overseerSeatId ? [overseerSeatId] : [])])];
  const next = nextInChain({ runnersUp, tried, seats: await chainSeats(tx, org, ids, client?.optedOutAt != null), overseerSeatId, teamRole: prior.teamRole as "lead" | "support" });
  if ("exhausted" in next) {
    if (prior.teamRole === "lead") {
      await openEscalation(tx, { organizationId: org, clientId: prior.clientId, trigger: "fallback_exhausted", severity: "critical", summary: `Nobody on the fallback chain took ${client?.first ?? "the client"}; every seat declined or did not answer`, evidence: { skipped: next.skipped } }, settings.escalationSla, now);
    }
    return { offeredTo: null, exhausted: true };
  }
  const [seat] = await tx.select({ kind: seats.kind }).from(seats).where(and(eq(seats.organizationId, org), eq(seats.id, next.seatId)));
  const ai = seat?.kind === "ai";
  const expiresAt = ai ? null : new Date(now.getTime() + offerTimeoutSeconds(settings.offerTimeoutSeconds, { hot: client?.temperature === "hot", seatRole: prior.seatRole }) * 1000);
  const reason = next.viaOverseer ? "The fallback chain ended with Jorge" : `Fallback after ${prior.state === "declined" ? "a decline" : "a timeout"}`;
  const [row] = await tx
    .insert(assignments)
    .values({
      organizationId: org, clientId: prior.clientId, requestId: prior.requestId, seatId: next.seatId, teamRole: prior.teamRole, seatRole: prior.seatRole,
      state: ai ? "accepted" : "offered", offeredAt: now, respondedAt: ai ? now : null, expiresAt, score: null, scoreBreakdown: { fallbackFrom: prior.id, skipped: next.skipped },
      runnersUp: prior.runnersUp, fallbackRank: prior.fallbackRank + 1, reason,
    })
    .returning();
  await startAssignment(tx, row!, now, { reason });
  return { offeredTo: next.seatId, exhausted: false };
}
