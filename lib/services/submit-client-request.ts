import { and, eq } from "drizzle-orm";
import { clientRequestInputSchema } from "@/lib/domain/intake/request-input";
import type { Db } from "@/lib/db/client";
import { insertClientRequestOnce } from "@/lib/db/queries/client-requests";
import { clientRequests } from "@/lib/db/schema";
import { routeNextRequest } from "./request-worker";
import { describeIssues, fail, ok, type Result } from "./result";
import { sha256Hex } from "./webhook-auth";

export interface SubmittedRequest {
  requestId: string;
  clientId: string | null;
  status: string;
  duplicate: boolean;
  error: string | null;
}

/**
 * The overseer's form and the JSON API: validates the request, records it once (keyed by the
 * caller's externalId, else by its content) and routes it at once, so the caller sees the team.
 */
export async function submitClientRequest(db: Db, organizationId: string, source: "form" | "api", input: unknown): Promise<Result<SubmittedRequest>> {
  const parsed = clientRequestInputSchema.safeParse(input);
  if (!parsed.success) return fail(400, describeIssues(parsed.error));
  const request = parsed.data;
  const idempotencyKey = request.externalId ? `ext:${request.externalId}` : `hash:${sha256Hex(JSON.stringify(request))}`;
  const recorded = await insertClientRequestOnce(db, { organizationId, source, idempotencyKey, requestText: request.message ?? null, payload: request });
  if (!recorded.duplicate) await routeNextRequest(db, { organizationId, id: recorded.id });
  const [row] = await db
    .select({ status: clientRequests.status, clientId: clientRequests.clientId, error: clientRequests.error })
    .from(clientRequests)
    .where(and(eq(clientRequests.organizationId, organizationId), eq(clientRequests.id, recorded.id)));
  return ok({ requestId: recorded.id, clientId: row?.clientId ?? null, status: row?.status ?? "received", duplicate: recorded.duplicate, error: row?.error ?? null });
}
