import { getDb } from "@/lib/db/client";
import { submitClientRequest } from "@/lib/services/submit-client-request";
import { apiError, readAuthorizedJson } from "../authorized-json";

export const dynamic = "force-dynamic";

/**
 * POST /api/v1/requests: a client request from another system, authenticated with a bearer API
 * token the overseer created in settings with the "requests" scope, in the shape every door
 * shares (clientRequestInputSchema: contact, type, stage, leadSource, money, consent…). Answers
 * 201 with the routed request, 200 for a repeat of the same externalId, 400 naming each bad
 * field, 401 or 403 for the token, 413 for a body over 64 KB.
 */
export async function POST(request: Request) {
  const db = getDb();
  const call = await readAuthorizedJson(db, request, "requests", 64 * 1024);
  if ("response" in call) return call.response;
  const result = await submitClientRequest(db, call.organizationId, "api", call.body);
  if (!result.ok) return apiError(result.status, result.error);
  return Response.json({ ok: true, ...result.data }, { status: result.data.duplicate ? 200 : 201 });
}
