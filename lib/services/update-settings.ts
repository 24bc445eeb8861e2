import { randomBytes } from "node:crypto";
import { z } from "zod";
import { can } from "@/lib/domain/auth/permissions";
import { routingWeightsSchema } from "@/lib/domain/routing/weights";
import { SETTING_KEYS } from "@/lib/domain/settings/defaults";
import type { Db } from "@/lib/db/client";
import { recordAudit } from "@/lib/db/queries/audit";
import { getSettings, putSetting } from "@/lib/db/queries/organizations";
import type { ViewerRecord } from "@/lib/db/queries/users";
import { GHL_WEBHOOK_SETTING } from "./ghl-auth-config";
import { describeIssues, fail, ok, type Result } from "./result";
import { isEd25519Key, sha256Hex } from "./webhook-auth";

const offerTimeoutsSchema = z.object({
  hot: z.number().int("Use whole seconds").min(30, "Hot offers need at least 30 seconds").max(3600, "Hot offers wait at most an hour"),
  default: z.number().int("Use whole seconds").min(60, "Offers need at least a minute").max(86_400, "Offers wait at most a day"),
});

const ghlKeySchema = z.object({
  publicKey: z.string().trim().max(2000).refine((k) => k === "" || isEd25519Key(k), "The public key must be an Ed25519 key: PEM, or base64 of its 32 bytes"),
  allowLegacyRsa: z.boolean(),
});

/** Validates, stores and audits one setting for the overseer. */
async function save(db: Db, viewer: ViewerRecord, key: string, schema: z.ZodType, input: unknown, merge = false): Promise<Result<unknown>> {
  if (!can(viewer.permissions, "settings.manage")) return fail(403, "Only the overseer can change settings.");
  const parsed = schema.safeParse(input);
  if (!parsed.success) return fail(400, describeIssues(parsed.error));
  return db.transaction(async (tx) => {
    const previous = merge ? ((await getSettings(tx, viewer.organizationId, [key])).get(key) as object | undefined) : undefined;
    const value = merge ? { ...previous, ...(parsed.data as object) } : parsed.data;
    await putSetting(tx, viewer.organizationId, key, value, viewer.email);
    await recordAudit(tx, { organizationId: viewer.organizationId, actorType: "user", actorId: viewer.userId, action: "settings.updated", entityType: "setting", entityId: key, data: { key } });
    return ok(value);
  });
}

/** The five routing weights; each in [0, 1] and adding up to 1. */
export const updateRoutingWeights = (db: Db, viewer: ViewerRecord, input: unknown) => save(db, viewer, SETTING_KEYS.routingWeights, routingWeightsSchema, input);

/** How long offers wait for a human seat's answer, for hot leads and for the rest. */
export const updateOfferTimeouts = (db: Db, viewer: ViewerRecord, input: unknown) => save(db, viewer, SETTING_KEYS.offerTimeouts, offerTimeoutsSchema, input);

/** GoHighLevel's signing key and whether the retired RSA scheme is still accepted. */
export const updateGhlKeys = (db: Db, viewer: ViewerRecord, input: unknown) => save(db, viewer, GHL_WEBHOOK_SETTING, ghlKeySchema, input, true);

/**
 * Issues a new secret token for GHL workflow webhooks (which cannot sign). The old token stops
 * working at once; the new one is shown once and only its SHA-256 is kept.
 */
export async function rotateWorkflowToken(db: Db, viewer: ViewerRecord): Promise<Result<{ token: string }>> {
  const token = randomBytes(24).toString("base64url");
  const saved = await save(db, viewer, GHL_WEBHOOK_SETTING, z.object({ workflowTokenSha256: z.string() }), { workflowTokenSha256: sha256Hex(token) }, true);
  return saved.ok ? ok({ token }) : saved;
}
