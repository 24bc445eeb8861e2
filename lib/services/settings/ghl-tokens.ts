import { and, asc, eq } from "drizzle-orm";
import { z } from "zod";
import { can } from "@/lib/domain/auth/permissions";
import type { Db } from "@/lib/db/client";
import { recordAudit } from "@/lib/db/queries/audit";
import { getGhlLocationIds } from "@/lib/db/queries/organizations";
import type { ViewerRecord } from "@/lib/db/queries/users";
import { ghlLocationTokens } from "@/lib/db/schema";
import { encryptToken } from "../ghl/token-crypto";
import { describeIssues, fail, ok, type Result } from "../result";
import { locationIdSchema } from "./ghl-locations";

/** A stored token as Settings shows it: never the token, only its last four characters. */
export interface GhlTokenSummary {
  locationId: string;
  last4: string;
  updatedAt: Date;
}

const tokenSchema = z
  .string({ error: "Paste the Private Integration token" })
  .trim()
  .min(1, "Paste the Private Integration token (in GoHighLevel: Settings > Private Integrations)")
  .min(16, "That is too short for a Private Integration token; copy the whole token GoHighLevel showed (it starts with pit-)")
  .max(2048, "A Private Integration token is at most 2,048 characters; paste the token alone")
  .regex(/^[\x21-\x7e]+$/, "A token has no spaces or line breaks; paste the token alone, without quotes or the word Bearer");

const saveSchema = z.object({ locationId: locationIdSchema, token: tokenSchema });
const removeSchema = z.object({ locationId: locationIdSchema });

const mask = (last4: string) => `…${last4}`;

async function connected(db: Db, viewer: ViewerRecord, locationId: string): Promise<Result<null>> {
  const ids = await getGhlLocationIds(db, viewer.organizationId);
  return ids.includes(locationId) ? ok(null) : fail(404, `Location ${locationId} is not connected; add it under GoHighLevel locations first.`);
}

/** Every stored token of the team, by location, masked. */
export async function listGhlTokens(db: Db, organizationId: string): Promise<GhlTokenSummary[]> {
  return db
    .select({ locationId: ghlLocationTokens.locationId, last4: ghlLocationTokens.tokenLast4, updatedAt: ghlLocationTokens.updatedAt })
    .from(ghlLocationTokens)
    .where(eq(ghlLocationTokens.organizationId, organizationId))
    .orderBy(asc(ghlLocationTokens.locationId));
}

/**
 * Stores (or replaces) a connected location's Private Integration token, encrypted; the audit
 * trail records who and the last four characters, never the token.
 */
export async function saveGhlToken(db: Db, viewer: ViewerRecord, raw: unknown): Promise<Result<{ locationId: string; shown: string }>> {
  if (!can(viewer.permissions, "settings.manage")) return fail(403, "Only the overseer can change settings.");
  const parsed = saveSchema.safeParse(raw);
  if (!parsed.success) return fail(400, describeIssues(parsed.error));
  const { locationId, token } = parsed.data;
  const place = await connected(db, viewer, locationId);
  if (!place.ok) return place;
  const last4 = token.slice(-4);
  const values = { organizationId: viewer.organizationId, locationId, tokenCiphertext: encryptToken(token), tokenLast4: last4, updatedByUserId: viewer.userId, updatedAt: new Date() };
  return db.transaction(async (tx) => {
    const [before] = await tx.select({ last4: ghlLocationTokens.tokenLast4 }).from(ghlLocationTokens).where(and(eq(ghlLocationTokens.organizationId, viewer.organizationId), eq(ghlLocationTokens.locationId, locationId))).for("update");
    await tx.insert(ghlLocationTokens).values(values).onConflictDoUpdate({ target: [ghlLocationTokens.organizationId, ghlLocationTokens.locationId], set: { tokenCiphertext: values.tokenCiphertext, tokenLast4: last4, updatedByUserId: viewer.userId, updatedAt: values.updatedAt } });
    await recordAudit(tx, { organizationId: viewer.organizationId, actorType: "user", actorId: viewer.userId, action: before ? "ghl.token_replaced" : "ghl.token_saved", entityType: "setting", entityId: `ghl.token.${locationId}`, data: { locationId, last4, ...(before ? { previousLast4: before.last4 } : {}) } });
    return ok({ locationId, shown: mask(last4) });
  });
}

/** Deletes a location's stored token: its messages then wait as "not connected" unless GHL_PRIVATE_TOKEN serves it. */
export async function removeGhlToken(db: Db, viewer: ViewerRecord, raw: unknown): Promise<Result<{ locationId: string }>> {
  if (!can(viewer.permissions, "settings.manage")) return fail(403, "Only the overseer can change settings.");
  const parsed = removeSchema.safeParse(raw);
  if (!parsed.success) return fail(400, describeIssues(parsed.error));
  const { locationId } = parsed.data;
  return db.transaction(async (tx) => {
    const [gone] = await tx.delete(ghlLocationTokens).where(and(eq(ghlLocationTokens.organizationId, viewer.organizationId), eq(ghlLocationTokens.locationId, locationId))).returning({ last4: ghlLocationTokens.tokenLast4 });
    if (!gone) return fail(404, `Location ${locationId} has no stored token, so there is nothing to remove.`);
    await recordAudit(tx, { organizationId: viewer.organizationId, actorType: "user", actorId: viewer.userId, action: "ghl.token_removed", entityType: "setting", entityId: `ghl.token.${locationId}`, data: { locationId, last4: gone.last4 } });
    return ok({ locationId });
  });
}
