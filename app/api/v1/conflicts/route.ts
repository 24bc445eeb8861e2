import { getDb } from "@/lib/db/client";
import { reportConflict } from "@/lib/services/conflicts/report-conflict";
import { apiError, readAuthorizedJson } from "../authorized-json";

export const dynamic = "force-dynamic";

/**
 * POST /api/v1/conflicts: a disagreement between seats (prices far apart, a double booking)
 * reported with a bearer API token that has the "conflicts" scope. Answers 201 with the rule's
 * decision, or with the escalation it opened for Jorge when no rule decides; 400 names each bad
 * field, 401 or 403 is about the token, 413 is a body over 32 KB.
 */
export async function POST(request: Request) {
  const db = getDb();
  const call = await readAuthorizedJson(db, request, "conflicts", 32 * 1024);
  if ("response" in call) return call.response;
  const result = await reportConflict(db, call.organizationId, call.body);
  if (!result.ok) return apiError(result.status, result.error);
  return Response.json({ ok: true, ...result.data }, { status: 201 });
}
