import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { DEFAULT_FOLLOW_UP_DAYS, MAX_FOLLOW_UP_DAYS } from "@/lib/domain/quality/follow-up";
import { CORRECTIVE_ACTION_KINDS, QUALITY_RULES } from "@/lib/domain/team/vocabulary";
import type { Db } from "@/lib/db/client";
import { recordAudit } from "@/lib/db/queries/audit";
import type { ViewerRecord } from "@/lib/db/queries/users";
import { correctiveActions, seats } from "@/lib/db/schema";
import { publishEvent } from "@/lib/events/publish";
import { describeIssues, fail, ok, type Result } from "../result";
import { ACTION_WORDS, canManageQuality, MANAGE_REFUSAL } from "./manage-quality";

const DAY_MS = 86_400_000;
const blankToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);
const FOLLOW_UP_HELP = `the follow-up is a whole number of days from 1 to ${MAX_FOLLOW_UP_DAYS}`;

export const correctiveActionSchema = z.object({
  seatId: z.guid("Choose the seat the action is about"),
  kind: z.enum(CORRECTIVE_ACTION_KINDS, { error: "Choose what was done: a coaching note, a template change or a pause" }),
  rule: z.preprocess(blankToUndefined, z.enum(QUALITY_RULES, { error: `The rule is one of ${QUALITY_RULES.join(", ")}, or none` }).optional()),
  note: z.string({ error: "Write what was said or done" }).trim().min(1, "Write what was said or done").max(4000, "A note is at most 4,000 characters"),
  templateKey: z.preprocess(blankToUndefined, z.string().trim().regex(/^[a-z0-9_.]{2,64}$/, "A template key is 2 to 64 lowercase letters, digits, dots or underscores, such as seller.intro").optional()),
  followUpInDays: z.preprocess(
    (v) => (v === undefined || v === "" ? DEFAULT_FOLLOW_UP_DAYS : typeof v === "string" && /^\s*\d+\s*$/.test(v) ? Number(v) : v),
    z.number({ error: FOLLOW_UP_HELP }).int(FOLLOW_UP_HELP).min(1, FOLLOW_UP_HELP).max(MAX_FOLLOW_UP_DAYS, FOLLOW_UP_HELP),
  ),
}).refine((a) => a.kind !== "template_change" || a.templateKey, { path: ["templateKey"], message: "A template change names the template key it changed, such as seller.intro" });

/**
 * Records what was done about a seat's quality, with the date to look again. A pause also sets
 * the seat's paused_at (a paused AI seat sends nothing) and is refused for a seat already
 * paused; a template change names its template. The action, the pause, the audit entry and the
 * live "quality.action" event are one transaction.
 */
export async function recordCorrectiveAction(db: Db, viewer: ViewerRecord, input: unknown, now = new Date()): Promise<Result<{ id: string }>> {
  if (!canManageQuality(viewer)) return fail(403, MANAGE_REFUSAL);
  const parsed = correctiveActionSchema.safeParse(input);
  if (!parsed.success) return fail(400, describeIssues(parsed.error));
  const a = parsed.data;
  const org = viewer.organizationId;
  return db.transaction(async (tx) => {
    const [seat] = await tx.select({ id: seats.id, name: seats.name, pausedAt: seats.pausedAt }).from(seats).where(and(eq(seats.organizationId, org), eq(seats.id, a.seatId))).for("update");
    if (!seat) return fail(404, "No such seat on this team. Choose a seat from the quality report.");
    if (a.kind === "seat_paused" && seat.pausedAt) return fail(409, `${seat.name} is already paused; resume it before pausing it again.`);
    const [row] = await tx.insert(correctiveActions).values({
      organizationId: org, seatId: seat.id, kind: a.kind, rule: a.rule ?? null, note: a.note, templateKey: a.kind === "template_change" ? a.templateKey! : null,
      createdByUserId: viewer.userId, createdAt: now, followUpAt: new Date(now.getTime() + a.followUpInDays * DAY_MS),
    }).returning({ id: correctiveActions.id });
    if (a.kind === "seat_paused") await tx.update(seats).set({ pausedAt: now }).where(and(eq(seats.organizationId, org), eq(seats.id, seat.id)));
    await recordAudit(tx, { organizationId: org, actorType: "user", actorId: viewer.userId, action: "quality.action_recorded", entityType: "corrective_action", entityId: row!.id, data: { seatId: seat.id, kind: a.kind, rule: a.rule ?? null, templateKey: a.templateKey ?? null } });
    await publishEvent(tx, { type: "quality.action", organizationId: org, clientId: null, seatIds: [seat.id], summary: `${viewer.name} recorded ${ACTION_WORDS[a.kind]} for ${seat.name}`, at: now });
    return ok({ id: row!.id });
  });
}
