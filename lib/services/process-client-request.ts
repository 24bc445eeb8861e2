import { and, eq, inArray } from "drizzle-orm";
import { formTeam } from "@/lib/domain/routing";
import { ACTIVE_ASSIGNMENT_STATES, type SeatRole } from "@/lib/domain/team/vocabulary";
import type { Tx } from "@/lib/db/client";
import { recordAudit } from "@/lib/db/queries/audit";
import { findOverseerSeatId, loadMarketRefs, loadSeatCandidates } from "@/lib/db/queries/routing-candidates";
import { assignments, clientRequests } from "@/lib/db/schema";
import { afterIntake } from "./conversation/after-intake";
import { escalateFromMessage } from "./escalations/escalate-from-message";
import { resolveClient } from "./intake/resolve-client";
import { routingRequestFor } from "./intake/routing-request";
import { loadRoutingSettings, priorityOptionsOf } from "./intake/routing-settings";
import { writeTeam } from "./intake/write-team";
import { lockRouting } from "./routing-lock";

type RequestRow = typeof clientRequests.$inferSelect;

/**
 * Turns one received request into a team, inside the caller's transaction: resolves the client,
 * and unless they already have an active lead, forms the team under a per-organization routing
 * lock (so concurrent intakes, in any process, see each other's load and never overfill a
 * seat), stores it and marks the request routed or escalated. Seats already on the client's
 * team keep their places and are never chosen twice; Jorge's personal-handling line and tags
 * come from Settings. Then, when an AI seat answers the client first, asks for its reply to the
 * message (or a new lead's first touch), which runs right after this transaction commits.
 */
export async function processClientRequest(tx: Tx, request: RequestRow, now = new Date()): Promise<void> {
  const organizationId = request.organizationId;
  await lockRouting(tx, organizationId);
  const [markets, settings] = await Promise.all([loadMarketRefs(tx, organizationId), loadRoutingSettings(tx, organizationId)]);
  const { client, created, text, inbound } = await resolveClient(tx, request);

  const active = await tx
    .select({ seatId: assignments.seatId, teamRole: assignments.teamRole, seatRole: assignments.seatRole })
    .from(assignments)
    .where(and(eq(assignments.organizationId, organizationId), eq(assignments.clientId, client.id), inArray(assignments.state, [...ACTIVE_ASSIGNMENT_STATES])));
  let status: "routed" | "escalated" = "routed";
  if (!active.some((a) => a.teamRole === "lead")) {
    const [candidates, overseerSeatId] = await Promise.all([loadSeatCandidates(tx, organizationId, now), findOverseerSeatId(tx, organizationId)]);
    const onTeam = active.map((a) => ({ seatId: a.seatId, role: a.seatRole as SeatRole }));
    const asked = routingRequestFor(client, { text, languageKnown: !created || client.language !== "en" });
    const plan = formTeam(asked, candidates, settings.weights, { markets, overseerSeatId, onTeam, priority: priorityOptionsOf(settings) });
    const seats = new Map(candidates.map((c) => [c.id, c]));
    status = await writeTeam(tx, { organizationId, clientId: client.id, requestId: request.id, now, hot: plan.needs.urgency === "high" || client.temperature === "hot", seats, settings }, plan);
    await recordAudit(tx, {
      organizationId, actorType: "system", action: "request.routed", entityType: "client", entityId: client.id,
      data: { requestId: request.id, lead: plan.lead?.seatId ?? null, supports: plan.supports.map((s) => s.seatId), escalate: plan.escalate?.reason ?? null, needs: plan.needs.reasons, priority: plan.priority.tier },
    });
  }
  if (inbound && text) await escalateFromMessage(tx, client, text, settings, now);
  const externalId = request.source === "ghl_webhook" ? ((request.payload as { event?: { messageId?: string } }).event?.messageId ?? null) : null;
  await afterIntake(tx, { client, created, inbound, externalId }, now);
  await tx.update(clientRequests).set({ status, clientId: client.id, processedAt: now, error: null }).where(and(eq(clientRequests.organizationId, organizationId), eq(clientRequests.id, request.id)));
}
