import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { can } from "@/lib/domain/auth/permissions";
import type { Db } from "@/lib/db/client";
import { getClientInScope } from "@/lib/db/queries/clients";
import { insertClientRequestOnce } from "@/lib/db/queries/client-requests";
import { scopeOf } from "@/lib/db/queries/scope";
import type { ViewerRecord } from "@/lib/db/queries/users";
import { clientRequests } from "@/lib/db/schema";
import { routeNextRequest } from "./request-worker";
import { fail, ok, type Result } from "./result";

/**
 * "Find a team" for a client already on file who has none: records a request for that client and
 * routes it at once through the same coordinator as every other request. Repeated clicks within
 * a minute count as one request.
 */
export async function routeExistingClient(db: Db, viewer: ViewerRecord, clientId: string, now = new Date()): Promise<Result<{ status: string }>> {
  if (!can(viewer.permissions, "requests.create")) return fail(403, "Only the overseer can ask the coordinator for a team.");
  if (!z.guid().safeParse(clientId).success) return fail(400, "The client id must be a UUID");
  const found = await getClientInScope(db, scopeOf(viewer), clientId);
  if (!found) return fail(404, "No such client among the clients you can see.");
  const { client } = found;
  const recorded = await insertClientRequestOnce(db, {
    organizationId: viewer.organizationId,
    source: "form",
    idempotencyKey: `route:${clientId}:${Math.floor(now.getTime() / 60_000)}`,
    requestText: null,
    payload: { routeClient: clientId, requestedBy: viewer.email },
    clientId: client.id,
  });
  if (!recorded.duplicate) await routeNextRequest(db, { organizationId: viewer.organizationId, id: recorded.id });
  const [row] = await db.select({ status: clientRequests.status, error: clientRequests.error }).from(clientRequests).where(and(eq(clientRequests.organizationId, viewer.organizationId), eq(clientRequests.id, recorded.id)));
  if (row?.status === "failed") return fail(422, row.error ?? "The coordinator could not route this client.");
  return ok({ status: row?.status ?? "received" });
}
