import type { Db } from "@/lib/db/client";
import { authenticateApiToken } from "@/lib/services/api-tokens";

/** A JSON error answer in the API's shape. */
export const apiError = (status: number, message: string) => Response.json({ ok: false, error: message }, { status });

/**
 * Reads a JSON API call: the bearer token created in Settings, a body of at most maxBytes, and
 * well-formed JSON. Answers the caller's organization and the parsed body, or the response to
 * send back (401, 413 or 400) that says what was wrong.
 */
export async function readAuthorizedJson(db: Db, request: Request, maxBytes: number): Promise<{ organizationId: string; body: unknown } | { response: Response }> {
  const caller = await authenticateApiToken(db, request.headers.get("authorization"));
  if (!caller) return { response: apiError(401, "Send a valid API token as 'Authorization: Bearer jsc_…' (create one in Settings)") };
  const raw = await request.text();
  if (raw.length > maxBytes) return { response: apiError(413, `The body is ${raw.length} bytes; at most ${maxBytes} are accepted`) };
  try {
    return { organizationId: caller.organizationId, body: JSON.parse(raw) };
  } catch (e) {
    return { response: apiError(400, `Malformed JSON: ${(e as Error).message}`) };
  }
}
