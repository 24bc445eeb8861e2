import { randomUUID } from "node:crypto";
import { asc, eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { clientRequests, clients } from "@/lib/db/schema";

export const dynamic = "force-dynamic";

/** What a baseline row says about itself, so nobody mistakes it for a lead. */
const BASELINE_NOTE = "benchmark baseline row, not a real request";

/**
 * The intake benchmark's baseline (scripts/bench/intake.ts): the least a route handler can do to
 * record a delivery. It reads the JSON body and performs exactly one INSERT ... ON CONFLICT DO
 * NOTHING RETURNING id into client_requests, the table, indexes and unique key the GHL webhook
 * writes, so the benchmark's ratio prices only what the webhook adds (authentication,
 * validation, its lookups and background routing), not a cheaper table.
 *
 * The key is generated here, so every request inserts a new row. Rows are stored as "failed"
 * with a note so the request worker never routes them. The organization comes in the query
 * string (?organizationId=) because looking it up would be a second query.
 *
 * Inert unless the server runs with CONSOLE_BENCH_ROUTES=true: it answers 404 otherwise.
 */
export async function POST(request: Request) {
  if (process.env.CONSOLE_BENCH_ROUTES !== "true") return Response.json({ ok: false, error: "Not found" }, { status: 404 });
  const organizationId = new URL(request.url).searchParams.get("organizationId");
  if (!organizationId) return Response.json({ ok: false, error: "Missing ?organizationId=" }, { status: 400 });
  let payload: unknown;
  try {
    payload = await request.json();
  } catch {
    return Response.json({ ok: false, error: "Malformed JSON" }, { status: 400 });
  }
  const [row] = await getDb()
    .insert(clientRequests)
    .values({ organizationId, source: "api", idempotencyKey: `bench:${randomUUID()}`, requestText: null, payload, status: "failed", error: BASELINE_NOTE })
    .onConflictDoNothing()
    .returning({ id: clientRequests.id });
  return Response.json({ ok: true, requestId: row?.id ?? null });
}

/**
 * The pages benchmark's baseline (scripts/bench/pages.ts): one indexed read, the first 50
 * clients of the organization by primary key, rendered as JSON. A console page can be no faster
 * than a request that reaches the database once; the benchmark prices each page against it.
 */
export async function GET(request: Request) {
  if (process.env.CONSOLE_BENCH_ROUTES !== "true") return Response.json({ ok: false, error: "Not found" }, { status: 404 });
  const organizationId = new URL(request.url).searchParams.get("organizationId");
  if (!organizationId || !/^[0-9a-f-]{36}$/i.test(organizationId)) return Response.json({ ok: false, error: "Missing or malformed ?organizationId=" }, { status: 400 });
  const rows = await getDb()
    .select({ id: clients.id, firstName: clients.firstName, lastName: clients.lastName, stage: clients.stage })
    .from(clients)
    .where(eq(clients.organizationId, organizationId))
    .orderBy(asc(clients.id))
    .limit(50);
  return Response.json({ ok: true, clients: rows });
}
