import { and, desc, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import { can } from "@/lib/domain/auth/permissions";
import { ACTIVE_ASSIGNMENT_STATES } from "@/lib/domain/team/vocabulary";
import type { Db } from "@/lib/db/client";
import { getClientInScope } from "@/lib/db/queries/clients";
import { insertClientRequestOnce } from "@/lib/db/queries/client-requests";
import { scopeOf } from "@/lib/db/queries/scope";
import type { ViewerRecord } from "@/lib/db/queries/users";
import { assignments, clientRequests, escalations, seats } from "@/lib/db/schema";
import { routeNextRequest } from "./request-worker";
import { fail, ok, type Result } from "./result";

/** What "Find a team" did, in terms the client page can say in words. */
export interface FoundTeam {
  status: string;
  /** The seat holding the lead place now, and whether it accepted or is still offered it. */
  lead: { seatName: string; state: string } | null;
  /** How many support places the team holds now. */
  supports: number;
  /** Why nobody could lead, when the client went to Jorge instead. */
  escalation: string | null;
}

/** The client's active team: seat names, places and states. */
async function activeTeam(db: Db, organizationId: string, clientId: string) {
  return db
    .select({ seatName: seats.name, teamRole: assignments.teamRole, state: assignments.state })
    .from(assignments)
    .innerJoin(seats, and(eq(seats.organizationId, assignments.organizationId), eq(seats.id, assignments.seatId)))
    .where(and(eq(assignments.organizationId, organizationId), eq(assignments.clientId, clientId), inArray(assignments.state, [...ACTIVE_ASSIGNMENT_STATES])));
}

const pendingOrAccepted = (state: string) => (state === "accepted" ? "accepted" : "offer pending");

/**
 * "Find a team" for a client already on file who has no lead: records a request for that client
 * and routes it at once through the same coordinator as every other request. Seats already on
 * the team keep their places and are never offered the client twice; a client someone already
 * leads (or has been offered) is refused in words, nothing changed. Repeated clicks within a
 * minute count as one request. A failure is told in plain words, never as the database's message.
 */
export async function routeExistingClient(db: Db, viewer: ViewerRecord, clientId: string, now = new Date()): Promise<Result<FoundTeam>> {
  if (!can(viewer.permissions, "requests.create")) return fail(403, "Only the overseer can ask the coordinator for a team.");
  if (!z.guid().safeParse(clientId).success) return fail(400, "The client id must be a UUID");
  const found = await getClientInScope(db, scopeOf(viewer), clientId);
  if (!found) return fail(404, "No such client among the clients you can see.");
  const { client } = found;
  const org = viewer.organizationId;
  const before = (await activeTeam(db, org, client.id)).find((a) => a.teamRole === "lead");
  if (before) {
    return fail(409, `${client.firstName} already has a lead: ${before.seatName} (${pendingOrAccepted(before.state)}). Nothing changed; to move the client, hand them off from the Team panel.`);
  }
  if (client.stage === "Closed" || client.stage === "Lost") {
    return fail(409, `${client.firstName} is ${client.stage.toLowerCase()}, so the coordinator does not form a team. Move the client back to an open stage first.`);
  }
  const recorded = await insertClientRequestOnce(db, {
    organizationId: org,
    source: "form",
    idempotencyKey: `route:${clientId}:${Math.floor(now.getTime() / 60_000)}`,
    requestText: null,
    payload: { routeClient: clientId, requestedBy: viewer.email },
    clientId: client.id,
  });
  if (!recorded.duplicate) await routeNextRequest(db, { organizationId: org, id: recorded.id });
  const [row] = await db.select({ status: clientRequests.status }).from(clientRequests).where(and(eq(clientRequests.organizationId, org), eq(clientRequests.id, recorded.id)));
  if (row?.status === "failed") {
    return fail(422, `The coordinator could not form a team for ${client.firstName} just now, and nothing was changed. Try again in a minute; if it fails again, offer the client to a seat yourself from the Team panel.`);
  }
  const team = await activeTeam(db, org, client.id);
  const lead = team.find((a) => a.teamRole === "lead");
  let escalation: string | null = null;
  if (row?.status === "escalated") {
    const [open] = await db.select({ summary: escalations.summary }).from(escalations)
      .where(and(eq(escalations.organizationId, org), eq(escalations.clientId, client.id), eq(escalations.trigger, "no_eligible_seat"))).orderBy(desc(escalations.createdAt)).limit(1);
    escalation = open?.summary ?? null;
  }
  return ok({ status: row?.status ?? "received", lead: lead ? { seatName: lead.seatName, state: lead.state } : null, supports: team.filter((a) => a.teamRole === "support").length, escalation });
}
