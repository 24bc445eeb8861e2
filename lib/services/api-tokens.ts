import { randomBytes } from "node:crypto";
import { and, desc, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import { can } from "@/lib/domain/auth/permissions";
import type { Db } from "@/lib/db/client";
import { recordAudit } from "@/lib/db/queries/audit";
import type { ViewerRecord } from "@/lib/db/queries/users";
import { apiTokens } from "@/lib/db/schema";
import { describeIssues, fail, ok, type Result } from "./result";
import { sha256Hex } from "./webhook-auth";

const TOKEN_PREFIX = "jsc_";
const nameSchema = z.object({ name: z.string().trim().min(1, "Give the token a name, such as the system that will use it").max(80, "A token name is at most 80 characters") });

/**
 * Creates an API token for the overseer. The secret is returned once and only its SHA-256 is
 * stored, so a leaked database does not leak working tokens.
 */
export async function createApiToken(db: Db, viewer: ViewerRecord, input: unknown): Promise<Result<{ id: string; token: string }>> {
  if (!can(viewer.permissions, "settings.manage")) return fail(403, "Only the overseer can create API tokens.");
  const parsed = nameSchema.safeParse(input);
  if (!parsed.success) return fail(400, describeIssues(parsed.error));
  const token = `${TOKEN_PREFIX}${randomBytes(24).toString("base64url")}`;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(apiTokens)
      .values({ organizationId: viewer.organizationId, name: parsed.data.name, tokenHash: sha256Hex(token), prefix: token.slice(0, 8), createdBy: viewer.email })
      .returning({ id: apiTokens.id });
    await recordAudit(tx, { organizationId: viewer.organizationId, actorType: "user", actorId: viewer.userId, action: "api_token.created", entityType: "api_token", entityId: row!.id, data: { name: parsed.data.name } });
    return ok({ id: row!.id, token });
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

/** The organization a bearer token belongs to, or null for a missing, unknown or revoked token. */
export async function authenticateApiToken(db: Db, authorization: string | null): Promise<{ organizationId: string; tokenId: string } | null> {
  const match = authorization?.match(/^Bearer\s+(\S+)$/i);
  if (!match || !match[1]!.startsWith(TOKEN_PREFIX)) return null;
  const [row] = await db
    .select({ id: apiTokens.id, organizationId: apiTokens.organizationId })
    .from(apiTokens)
    .where(and(eq(apiTokens.tokenHash, sha256Hex(match[1]!)), isNull(apiTokens.revokedAt)))
    .limit(1);
  if (!row) return null;
  await db.update(apiTokens).set({ lastUsedAt: new Date() }).where(and(eq(apiTokens.organizationId, row.organizationId), eq(apiTokens.id, row.id)));
  return { organizationId: row.organizationId, tokenId: row.id };
}

/** The organization's tokens, newest first, without their secrets. */
export function listApiTokens(db: Db, organizationId: string) {
  return db
    .select({ id: apiTokens.id, name: apiTokens.name, prefix: apiTokens.prefix, createdBy: apiTokens.createdBy, createdAt: apiTokens.createdAt, lastUsedAt: apiTokens.lastUsedAt, revokedAt: apiTokens.revokedAt })
    .from(apiTokens)
    .where(eq(apiTokens.organizationId, organizationId))
    .orderBy(desc(apiTokens.createdAt));
}
