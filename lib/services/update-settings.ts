import { randomBytes } from "node:crypto";
import { z } from "zod";
import { can } from "@/lib/domain/auth/permissions";
import { validateCadence } from "@/lib/domain/followup/cadence";
import { personalHandlingSchema } from "@/lib/domain/routing/personal-handling";
import { routingWeightsSchema } from "@/lib/domain/routing/weights";
import { SETTING_KEYS } from "@/lib/domain/settings/defaults";
import { SEAT_ROLES, SEVERITIES, type Severity } from "@/lib/domain/team/vocabulary";
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
  byRole: z.partialRecord(z.enum(SEAT_ROLES), z.number().int("Use whole seconds").min(60, "Offers need at least a minute").max(86_400, "Offers wait at most a day")).optional(),
});

const ghlKeySchema = z.object({
  publicKey: z.string().trim().max(2000).refine((k) => k === "" || isEd25519Key(k), "The public key must be an Ed25519 key: PEM, or base64 of its 32 bytes"),
  allowLegacyRsa: z.boolean(),
});

/** Runs a cross-field rule only once every field on its own is valid. */
const whenFieldsValid = { when: (payload: { issues: readonly unknown[] }) => payload.issues.length === 0 };

const whole = (min: number, max: number) => {
  const range = `must be a whole number from ${min} to ${max.toLocaleString("en-US")}`;
  return z.number({ error: "needs a number" }).int(range).min(min, range).max(max, range);
};

const slaSchema = z
  .strictObject({ ackMinutes: whole(1, 43_200), resolveMinutes: whole(1, 43_200) })
  .refine((s) => s.resolveMinutes >= s.ackMinutes, { error: "resolve within must be at least the acknowledge time", ...whenFieldsValid });
const escalationSlaSchema = z.strictObject(Object.fromEntries(SEVERITIES.map((s) => [s, slaSchema])) as Record<Severity, typeof slaSchema>);

const handoffLimitsSchema = z
  .strictObject({ samePairMinutes: whole(0, 1440), perHour: whole(1, 20), perDay: whole(1, 100) })
  .refine((l) => l.perDay >= l.perHour, { error: "must be at least the limit per hour", path: ["perDay"], ...whenFieldsValid });

const clock = z.string({ error: "needs a time" }).regex(/^([01]\d|2[0-3]):[0-5]\d$/, "must be a time as HH:MM, 00:00 to 23:59");
const dayList = z
  .union([z.string(), z.array(z.number())], { error: "must be a list of whole days" })
  .transform((v) => (typeof v === "string" ? v.split(",").map((d) => d.trim()).filter(Boolean).map(Number) : v))
  .pipe(z.array(whole(1, 365)).min(1, "list at least one day").max(20, "list at most 20 days"));

const followUpCadenceSchema = z
  .strictObject({ days: dayList, thenEveryDays: whole(1, 90), maxAttempts: whole(0, 50), windowStart: clock, windowEnd: clock })
  .superRefine((cadence, ctx) => {
    try {
      validateCadence(cadence);
    } catch (error) {
      ctx.addIssue({ code: "custom", message: error instanceof Error ? error.message : String(error) });
    }
  }, whenFieldsValid);

/** Tags may come as one comma-separated line, as the settings form sends them. */
const personalHandlingInputSchema = z.preprocess((input) => {
  if (typeof input !== "object" || input === null || typeof (input as { tags?: unknown }).tags !== "string") return input;
  const line = (input as { tags: string }).tags;
  return { ...input, tags: line.split(",").map((t) => t.trim()).filter(Boolean) };
}, personalHandlingSchema);

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

/** How long offers wait for a human seat's answer: for hot leads, for the rest, and optionally per seat role. */
export const updateOfferTimeouts = (db: Db, viewer: ViewerRecord, input: unknown) => save(db, viewer, SETTING_KEYS.offerTimeouts, offerTimeoutsSchema, input);

/** Minutes to acknowledge and to resolve an escalation, for each of the four severities; resolve is never sooner than acknowledge. */
export const updateEscalationSla = (db: Db, viewer: ViewerRecord, input: unknown) => save(db, viewer, SETTING_KEYS.escalationSla, escalationSlaSchema, input);

/** How often one client may change hands: not between the same two seats within the minutes given, and at most so many an hour and a day. */
export const updateHandoffLimits = (db: Db, viewer: ViewerRecord, input: unknown) => save(db, viewer, SETTING_KEYS.handoffLimits, handoffLimitsSchema, input);

/**
 * Jorge's follow-up cadence: the days after first contact (a comma-separated list or an array),
 * the interval after them, the most attempts and the local window. The domain's validateCadence
 * has the last word, so the scheduler never meets a cadence it would refuse.
 */
export const updateFollowUpCadence = (db: Db, viewer: ViewerRecord, input: unknown) => save(db, viewer, SETTING_KEYS.followUpCadence, followUpCadenceSchema, input);

/**
 * Which clients Jorge leads himself: the commission line (whole dollars, on the client's own
 * stated price) and the tags for him (a list, or one comma-separated line). The same line
 * raises the high-commission escalation.
 */
export const updatePersonalHandling = (db: Db, viewer: ViewerRecord, input: unknown) => save(db, viewer, SETTING_KEYS.personalHandling, personalHandlingInputSchema, input);

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
