import type { ApiTokenScope } from "@/lib/domain/auth/token-scopes";
import type { Db } from "@/lib/db/client";
import { readJsonBody } from "@/lib/http/read-json";
import { authenticateApiToken } from "@/lib/services/api-tokens";

/** A JSON error answer in the API's shape. */
export const apiError = (status: number, message: string) => Response.json({ ok: false, error: message }, { status });

/**
 * Reads a JSON API call: a bearer token created in Settings that is live and carries `scope`,
 * then a body of at most maxBytes bytes (counted as they arrive; the rest is never read),
 * nested at most 32 levels, with every string cleaned so PostgreSQL can store it. Answers the
 * caller's organization and the parsed body, or the response to send back (401 or 403 from the
 * token check, 413 or 400 from the body) that says what was wrong.
 */
export async function readAuthorizedJson(db: Db, request: Request, scope: ApiTokenScope, maxBytes: number): Promise<{ organizationId: string; body: unknown } | { response: Response }> {
  const caller = await authenticateApiToken(db, request.headers.get("authorization"), scope);
  if (!caller.ok) return { response: apiError(caller.status, caller.error) };
  const body = await readJsonBody(request, maxBytes);
  if (!body.ok) return { response: apiError(body.status, body.error) };
  return { organizationId: caller.organizationId, body: body.value };
}
