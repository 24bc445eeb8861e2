import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { can } from "@/lib/domain/auth/permissions";
import { escalationStep, type EscalationStatus } from "@/lib/domain/escalation/lifecycle";
import type { Db } from "@/lib/db/client";
import { recordAudit } from "@/lib/db/queries/audit";
import type { ViewerRecord } from "@/lib/db/queries/users";
import { escalationNotes, escalations, users } from "@/lib/db/schema";
import { publishEvent } from "@/lib/events/publish";
import { describeIssues, fail, ok, type Result } from "../result";

const id = z.guid("The escalation id must be a UUID");
const note = z.string().trim().max(2000, "A note is at most 2,000 characters");

export const escalationActionSchema = z.discriminatedUnion("action", [
  z.object({ escalationId: id, action: z.literal("acknowledge"), note: note.optional() }),
  z.object({ escalationId: id, action: z.literal("resolve"), resolution: z.string().trim().min(3, "Say how it was resolved (at least 3 characters)").max(2000, "A resolution is at most 2,000 characters") }),
  z.object({ escalationId: id, action: z.literal("reassign"), ownerUserId: z.guid("Choose the person to take it over"), note: note.optional() }),
  z.object({ escalationId: id, action: z.literal("note"), note: note.min(1, "Write something in the note") }),
]);
export type EscalationActionInput = z.infer<typeof escalationActionSchema>;

const PAST: Record<EscalationActionInput["action"], string> = { acknowledge: "acknowledged", resolve: "resolved", reassign: "reassigned", note: "noted" };

/**
 * Acknowledge, resolve, reassign or annotate an escalation, for people allowed to manage
 * escalations. The status change, its note and the audit entry are written together; an
 * illegal step (acknowledging twice, resolving a resolved one) is refused and changes nothing.
 */
export async function actOnEscalation(db: Db, viewer: ViewerRecord, input: unknown, now = new Date()): Promise<Result<{ status: EscalationStatus }>> {
  const parsed = escalationActionSchema.safeParse(input);
  if (!parsed.success) return fail(400, describeIssues(parsed.error));
  if (!can(viewer.permissions, "escalations.manage")) return fail(403, "Only Jorge, or someone he allows to manage escalations, can do this.");
  const a = parsed.data;
  const org = viewer.organizationId;
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(escalations).where(and(eq(escalations.organizationId, org), eq(escalations.id, a.escalationId))).for("update");
    if (!row) return fail(404, "No such escalation. It may belong to another organization, or the link is wrong.");
    const step = escalationStep(row.status as EscalationStatus, a.action);
    if (!step.ok) return fail(409, step.error);
    const patch: Partial<typeof escalations.$inferInsert> = { status: step.status };
    if (a.action === "acknowledge" || (a.action === "resolve" && !row.acknowledgedAt)) patch.acknowledgedAt = now;
    if (a.action === "acknowledge" && !row.ownerUserId) patch.ownerUserId = viewer.userId;
    if (a.action === "resolve") Object.assign(patch, { resolvedAt: now, resolution: a.resolution });
    if (a.action === "reassign") {
      const [owner] = await tx.select({ id: users.id, name: users.name }).from(users).where(and(eq(users.organizationId, org), eq(users.id, a.ownerUserId)));
      if (!owner) return fail(422, "That person is not on this team; choose someone from the list.");
      patch.ownerUserId = owner.id;
    }
    await tx.update(escalations).set(patch).where(and(eq(escalations.organizationId, org), eq(escalations.id, row.id)));
    const text = a.action === "resolve" ? `Resolved: ${a.resolution}` : "note" in a && a.note ? a.note : null;
    if (text) await tx.insert(escalationNotes).values({ organizationId: org, escalationId: row.id, authorUserId: viewer.userId, body: text, createdAt: now });
    await recordAudit(tx, { organizationId: org, actorType: "user", actorId: viewer.userId, action: `escalation.${PAST[a.action]}`, entityType: "escalation", entityId: row.id, data: { from: row.status, to: step.status } });
    if (a.action !== "note") {
      await publishEvent(tx, { type: `escalation.${PAST[a.action]}` as "escalation.resolved", organizationId: org, clientId: row.clientId, seatIds: row.seatId ? [row.seatId] : [], summary: `${viewer.name} ${PAST[a.action]} "${row.summary}"` });
    }
    return ok({ status: step.status });
  });
}
