/**
 * What an API token may call. A token carries one or more scopes, chosen when the overseer
 * creates it, so a leaked token for one integration cannot drive the others.
 */
export const API_TOKEN_SCOPES = ["requests", "conflicts", "review", "clients", "cma"] as const;
export type ApiTokenScope = (typeof API_TOKEN_SCOPES)[number];

/** What each scope opens, in the words shown beside its checkbox in Settings. */
export const API_TOKEN_SCOPE_LABELS: Record<ApiTokenScope, string> = {
  requests: "Send client requests (POST /api/v1/requests)",
  conflicts: "Report conflicts between seats (POST /api/v1/conflicts)",
  review: "Check a message against the quality gate before it is sent (POST /api/v1/messages/review)",
  clients: "Read what the team knows about a client (GET /api/v1/clients)",
  cma: "Ask for a comparative market analysis",
};

/** The scopes whose routes are open today; Settings offers only these. */
export const OPEN_API_TOKEN_SCOPES: readonly ApiTokenScope[] = ["requests", "conflicts", "review", "clients"];

/** True when the token's scopes include the one a route needs. */
export function tokenAllows(scopes: readonly string[], needed: ApiTokenScope): boolean {
  return scopes.includes(needed);
}

/** True when the token has an expiry and it has passed. */
export function tokenExpired(expiresAt: Date | null, now: Date): boolean {
  return expiresAt !== null && expiresAt.getTime() <= now.getTime();
}
