import { getDb } from "@/lib/db/client";
import { authenticateApiToken } from "@/lib/services/api-tokens";
import { reportConflict } from "@/lib/services/conflicts/report-conflict";

export const dynamic = "force-dynamic";

const MAX_BYTES = 32 * 1024;
const error = (status: number, message: string) => Response.json({ ok: false, error: message }, { status });

/**
 * POST /api/v1/conflicts: a disagreement between seats (prices far apart, a double booking)
 * reported with a bearer API token. Answers 201 with the rule's decision, or with the
 * escalation it opened for Jorge when no rule decides; 400 names each bad field.
 */
export async function POST(request: Request) {
  const db = getDb();
  const caller = await authenticateApiToken(db, request.headers.get("authorization"));
  if (!caller) return error(401, "Send a valid API token as 'Authorization: Bearer jsc_…' (create one in Settings)");
  const raw = await request.text();
  if (raw.length > MAX_BYTES) return error(413, `The body is ${raw.length} bytes; at most ${MAX_BYTES} are accepted`);
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch (e) {
    return error(400, `Malformed JSON: ${(e as Error).message}`);
  }
  const result = await reportConflict(db, caller.organizationId, body);
  if (!result.ok) return error(result.status, result.error);
  return Response.json({ ok: true, ...result.data }, { status: 201 });
}
