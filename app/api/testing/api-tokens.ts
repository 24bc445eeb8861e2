import type { Db } from "@/lib/db/client";
import { apiTokens } from "@/lib/db/schema";
import { sha256Hex } from "@/lib/services/webhook-auth";

/** Bearer tokens stored for an organization: every scope, "requests" only, and one that expired. */
export const TOKENS = { all: "jsc_test_all_scopes_0000000000", requestsOnly: "jsc_test_requests_only_00000", expired: "jsc_test_expired_000000000000" } as const;

/** Stores the TOKENS for the organization as the settings page would, hashed, with their scopes and expiry. */
export async function storeTestTokens(db: Db, organizationId: string, createdBy: string): Promise<void> {
  const row = (token: string, scopes: string[], expiresAt: Date | null = null) => ({ organizationId, name: token, tokenHash: sha256Hex(token), prefix: token.slice(0, 8), createdBy, scopes, expiresAt });
  await db.insert(apiTokens).values([
    row(TOKENS.all, ["requests", "conflicts", "review", "clients", "cma"]),
    row(TOKENS.requestsOnly, ["requests"]),
    row(TOKENS.expired, ["requests", "conflicts"], new Date(Date.now() - 86_400_000)),
  ]);
}
