import { getDb } from "@/lib/db/client";
import { getClientRecord } from "@/lib/services/clients/client-record";
import { apiError } from "../../authorized-json";
import { readAuthorized } from "../../authorized-request";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/clients/{id}: what the team knows about one client (profile, qualification with
 * its source messages, team, consent, the last 20 messages with their gate verdicts), with a
 * bearer API token that has the "clients" scope. 400 for an id that is not a UUID, 401 or 403
 * about the token, 404 for an unknown client or one of another organization.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const db = getDb();
  const call = await readAuthorized(db, request, "clients");
  if ("response" in call) return call.response;
  const { id } = await params;
  const result = await getClientRecord(db, call.organizationId, { id });
  if (!result.ok) return apiError(result.status, result.error);
  return Response.json({ ok: true, client: result.data });
}
