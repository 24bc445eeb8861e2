import { and, desc, eq, sql } from "drizzle-orm";
import type { Db, Tx } from "../client";
import { clientRequests, clients } from "../schema";

export interface NewClientRequest {
  organizationId: string;
  source: "ghl_webhook" | "form" | "api";
  idempotencyKey: string;
  requestText: string | null;
  payload: unknown;
  /** Set when the request is about a client already on file. */
  clientId?: string;
  /** The GHL contact the request is from: a contact already on file routes after new ones (priority 1). */
  ghlContactId?: string | null;
}

/**
 * Records a request once: a second delivery with the same idempotency key (a GHL retry, a
 * resubmitted form) inserts nothing and returns the first request's id with duplicate = true.
 */
export async function insertClientRequestOnce(db: Db | Tx, request: NewClientRequest): Promise<{ id: string; duplicate: boolean }> {
  const { ghlContactId, ...row } = request;
  const known = ghlContactId
    ? sql<number>`case when exists (select 1 from ${clients} where ${clients.organizationId} = ${request.organizationId} and ${clients.ghlContactId} = ${ghlContactId}) then 1 else 0 end`
    : 0;
  const [inserted] = await db.insert(clientRequests).values({ ...row, priority: known }).onConflictDoNothing().returning({ id: clientRequests.id });
  if (inserted) return { id: inserted.id, duplicate: false };
  const [existing] = await db
    .select({ id: clientRequests.id })
    .from(clientRequests)
    .where(and(eq(clientRequests.organizationId, request.organizationId), eq(clientRequests.source, request.source), eq(clientRequests.idempotencyKey, request.idempotencyKey)))
    .limit(1);
  if (!existing) throw new Error("A conflicting request vanished while it was being read; retry the delivery");
  return { id: existing.id, duplicate: true };
}

/** Counts requests per status, for health checks and benchmarks. */
export function countRequestsByStatus(db: Db, organizationId: string) {
  return db
    .select({ status: clientRequests.status, n: sql<number>`count(*)::int` })
    .from(clientRequests)
    .where(eq(clientRequests.organizationId, organizationId))
    .groupBy(clientRequests.status);
}

/** The newest requests with their outcome and client, for the requests page. */
export function listRecentRequests(db: Db, organizationId: string, limit = 50) {
  return db
    .select({
      id: clientRequests.id,
      source: clientRequests.source,
      status: clientRequests.status,
      requestText: clientRequests.requestText,
      error: clientRequests.error,
      receivedAt: clientRequests.receivedAt,
      processedAt: clientRequests.processedAt,
      clientId: clientRequests.clientId,
      firstName: clients.firstName,
      lastName: clients.lastName,
    })
    .from(clientRequests)
    .leftJoin(clients, and(eq(clients.organizationId, clientRequests.organizationId), eq(clients.id, clientRequests.clientId)))
    .where(eq(clientRequests.organizationId, organizationId))
    .orderBy(desc(clientRequests.receivedAt))
    .limit(limit);
}
