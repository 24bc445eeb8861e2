import type { ApiTokenScope } from "@/lib/domain/auth/token-scopes";
import type { Db } from "@/lib/db/client";
import { authenticateApiToken } from "@/lib/services/api-tokens";
import { apiError } from "./authorized-json";

/**
 * Checks a read-only API call (GET, no body): a bearer token created in Settings that is live
 * and carries `scope`. Answers the caller's organization, or the 401/403 response that says
 * what was wrong with the token.
 */
export async function readAuthorized(db: Db, request: Request, scope: ApiTokenScope): Promise<{ organizationId: string } | { response: Response }> {
  const caller = await authenticateApiToken(db, request.headers.get("authorization"), scope);
  if (!caller.ok) return { response: apiError(caller.status, caller.error) };
  return { organizationId: caller.organizationId };
}
