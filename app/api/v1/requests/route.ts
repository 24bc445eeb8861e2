import { getDb } from "@/lib/db/client";
import { authenticateApiToken } from "@/lib/services/api-tokens";
import { submitClientRequest } from "@/lib/services/submit-client-request";

export const dynamic = "force-dynamic";

const MAX_BYTES = 64 * 1024;
const error = (status: number, message: string) => Response.json({ ok: false, error: message }, { status });

/**
 * POST /api/v1/requests: a client request from another system, authenticated with a bearer API
 * token the overseer created in settings. Answers 201 with the routed request, 200 for a repeat
 * of the same externalId, 400 naming each bad field.
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
  const result = await submitClientRequest(db, caller.organizationId, "api", body);
  if (!result.ok) return error(result.status, result.error);
  return Response.json({ ok: true, ...result.data }, { status: result.data.duplicate ? 200 : 201 });
}
