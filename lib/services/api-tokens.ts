import { randomBytes } from "node:crypto";
import { and, desc, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import { can } from "@/lib/domain/auth/permissions";
import { API_TOKEN_SCOPES, tokenAllows, tokenExpired, type ApiTokenScope } from "@/lib/domain/auth/token-scopes";
import type { Db } from "@/lib/db/client";
import { recordAudit } from "@/lib/db/queries/audit";
import type { ViewerRecord } from "@/lib/db/queries/users";
import { apiTokens } from "@/lib/db/schema";
import { describeIssues, fail, ok, type Result } from "./result";
import { sha256Hex } from "./webhook-auth";

const TOKEN_PREFIX = "jsc_";
const DAY_MS = 86_400_000;
/** The longest a token may live: two years, so a forgotten integration's token still ends. */
export const MAX_TOKEN_DAYS = 730;

const EXPIRY_HELP = `choose "never" or a whole number of days from 1 to ${MAX_TOKEN_DAYS}`;
const SCOPE_LIST = `${API_TOKEN_SCOPES.slice(0, -1).join(", ")} or ${API_TOKEN_SCOPES.at(-1)}`;
const SCOPES_HELP = `choose at least one scope (${SCOPE_LIST}) for what the token may call`;

/** A token's expiry as the settings form sends it: "never" (or nothing), or days from now as a number or digits. */
const expiresInDays = z.preprocess(
  (v) => (v === undefined || v === null || v === "" || v === "never" ? null : typeof v === "string" && /^\s*\d+\s*$/.test(v) ? Number(v) : v),
  z.number({ error: EXPIRY_HELP }).int(EXPIRY_HELP).min(1, EXPIRY_HELP).max(MAX_TOKEN_DAYS, `at most ${MAX_TOKEN_DAYS} days (two years); ${EXPIRY_HELP}`).nullable(),
);

export const newApiTokenSchema = z.object({
  name: z.string({ error: "Give the token a name, such as the system that will use it" }).trim().min(1, "Give the token a name, such as the system that will use it").max(80, "A token name is at most 80 characters"),
  scopes: z.array(z.enum(API_TOKEN_SCOPES, { error: `not a scope; the scopes are ${SCOPE_LIST}` }), { error: SCOPES_HELP }).min(1, SCOPES_HELP).transform((s) => [...new Set(s)]),
  expiresInDays,
});

/** What each scope lets a caller do, in the words of a refusal. */
const SCOPE_ACTIONS: Record<ApiTokenScope, string> = {
  requests: "send client requests",
  conflicts: "report conflicts between seats",
  review: "check messages against the quality gate",
  clients: "read what the team knows about clients",
  cma: "ask for a comparative market analysis",
};

/**
 * Creates an API token for the overseer with the scopes it may call and an optional expiry
 * (never, or 1 to 730 days from now). The secret is returned once and only its SHA-256 is
 * stored, so a leaked database does not leak working tokens.
 */
export async function createApiToken(db: Db, viewer: ViewerRecord, input: unknown, now = new Date()): Promise<Result<{ id: string; token: string; expiresAt: Date | null }>> {
  if (!can(viewer.permissions, "settings.manage")) return fail(403, "Only the overseer can create API tokens.");
  const parsed = newApiTokenSchema.safeParse(input);
  if (!parsed.success) return fail(400, describeIssues(parsed.error));
  const { name, scopes, expiresInDays: days } = parsed.data;
  const expiresAt = days === null ? null : new Date(now.getTime() + days * DAY_MS);
  const token = `${TOKEN_PREFIX}${randomBytes(24).toString("base64url")}`;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(apiTokens)
      .values({ organizationId: viewer.organizationId, name, tokenHash: sha256Hex(token), prefix: token.slice(0, 8), createdBy: viewer.email, createdAt: now, scopes, expiresAt })
      .returning({ id: apiTokens.id });
    await recordAudit(tx, { organizationId: viewer.organizationId, actorType: "user", actorId: viewer.userId, action: "api_token.created", entityType: "api_token", entityId: row!.id, data: { name, scopes, expiresAt: expiresAt?.toISOString() ?? null } });
    return ok({ id: row!.id, token, expiresAt });
  });
}

/** Revokes a token at once; requests carrying it answer 401 from then on. */
export async function revokeApiToken(db: Db, viewer: ViewerRecord, tokenId: string): Promise<Result<null>> {
  if (!can(viewer.permissions, "settings.manage")) return fail(403, "Only the overseer can revoke API tokens.");
  if (!z.guid().safeParse(tokenId).success) return fail(400, "The token id must be a UUID");
  return db.transaction(async (tx) => {
    const revoked = await tx
      .update(apiTokens)
      .set({ revokedAt: new Date() })
      .where(and(eq(apiTokens.organizationId, viewer.organizationId), eq(apiTokens.id, tokenId), isNull(apiTokens.revokedAt)))
      .returning({ id: apiTokens.id });
    if (revoked.length === 0) return fail(404, "No active token with this id.");
    await recordAudit(tx, { organizationId: viewer.organizationId, actorType: "user", actorId: viewer.userId, action: "api_token.revoked", entityType: "api_token", entityId: tokenId });
    return ok(null);
  });
}

export type ApiCaller = { ok: true; organizationId: string; tokenId: string } | { ok: false; status: 401 | 403; error: string };

const INVALID_TOKEN = "Send a valid API token as 'Authorization: Bearer jsc_…' (create one in Settings)";
const refuse = (status: 401 | 403, error: string): ApiCaller => ({ ok: false, status, error });

/**
 * Checks a bearer token for a call that needs `scope`. 401 for a missing, malformed, unknown or
 * revoked token (all with one message, so a guess learns nothing) and for an expired one (with
 * its date, so its owner knows to replace it); 403 when the token lacks the scope. Only an
 * accepted call marks the token used; a refusal writes nothing.
 */
export async function authenticateApiToken(db: Db, authorization: string | null, scope: ApiTokenScope, now = new Date()): Promise<ApiCaller> {
  const match = authorization?.match(/^Bearer\s+(\S+)$/i);
  if (!match || !match[1]!.startsWith(TOKEN_PREFIX)) return refuse(401, INVALID_TOKEN);
  const [row] = await db
    .select({ id: apiTokens.id, organizationId: apiTokens.organizationId, scopes: apiTokens.scopes, expiresAt: apiTokens.expiresAt, revokedAt: apiTokens.revokedAt })
    .from(apiTokens)
    .where(eq(apiTokens.tokenHash, sha256Hex(match[1]!)))
    .limit(1);
  if (!row || row.revokedAt) return refuse(401, INVALID_TOKEN);
  if (tokenExpired(row.expiresAt, now)) return refuse(401, `This API token expired on ${row.expiresAt!.toISOString().slice(0, 10)}; create a new one in Settings`);
  if (!tokenAllows(row.scopes, scope)) return refuse(403, `This token may not ${SCOPE_ACTIONS[scope]} (scope "${scope}"); create a token with that scope in Settings`);
  await db.update(apiTokens).set({ lastUsedAt: now }).where(and(eq(apiTokens.organizationId, row.organizationId), eq(apiTokens.id, row.id)));
  return { ok: true, organizationId: row.organizationId, tokenId: row.id };
}

/** The organization's tokens, newest first, without their secrets: scopes, expiry and whether it has passed. */
export async function listApiTokens(db: Db, organizationId: string, now = new Date()) {
  const rows = await db
    .select({
      id: apiTokens.id, name: apiTokens.name, prefix: apiTokens.prefix, createdBy: apiTokens.createdBy, createdAt: apiTokens.createdAt, lastUsedAt: apiTokens.lastUsedAt, revokedAt: apiTokens.revokedAt,
      scopes: apiTokens.scopes, expiresAt: apiTokens.expiresAt,
    })
    .from(apiTokens)
    .where(eq(apiTokens.organizationId, organizationId))
    .orderBy(desc(apiTokens.createdAt));
  return rows.map((row) => ({ ...row, expired: tokenExpired(row.expiresAt, now) }));
}
