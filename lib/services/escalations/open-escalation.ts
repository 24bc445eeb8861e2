import { and, asc, eq, inArray, isNull, or, sql } from "drizzle-orm";
import { REPEAT_NOTE_PREFIX } from "@/lib/domain/escalation/inbox-order";
import { slaDueDates } from "@/lib/domain/escalation/sla";
import type { Severity } from "@/lib/domain/team/vocabulary";
import type { Tx } from "@/lib/db/client";
import { recordAudit } from "@/lib/db/queries/audit";
import { escalationNotes, escalations } from "@/lib/db/schema";
import { publishEvent } from "@/lib/events/publish";
import type { RoutingSettings } from "../intake/routing-settings";
import { causeKeyOf } from "./cause-of";

export interface EscalationDraft {
  organizationId: string;
  clientId: string | null;
  seatId?: string | null;
  trigger: (typeof escalations.$inferInsert)["trigger"];
  severity: Severity;
  summary: string;
  evidence?: Record<string, unknown>;
  /** What to do when the same cause already has an unresolved escalation: add a note (default), or nothing (periodic sweeps). */
  onRepeat?: "note" | "skip";
  /** The cause, when the caller knows it better than trigger, client and evidence tell (see lib/domain/escalation/cause-key). */
  causeKey?: string;
}

/** The unresolved escalation of a cause: one with its key, or an older row without a key for the same trigger and client. */
async function openOfCause(tx: Tx, draft: EscalationDraft, key: string) {
  const legacy = draft.clientId ? and(isNull(escalations.causeKey), eq(escalations.trigger, draft.trigger), eq(escalations.clientId, draft.clientId)) : undefined;
  const [existing] = await tx
    .select({ id: escalations.id })
    .from(escalations)
    .where(and(eq(escalations.organizationId, draft.organizationId), inArray(escalations.status, ["open", "acknowledged"]), or(eq(escalations.causeKey, key), legacy)))
    .orderBy(asc(escalations.createdAt))
    .limit(1);
  return existing;
}

/**
 * Brings something to Jorge, inside the caller's transaction: a new escalation with its cause
 * key and its acknowledge and resolve deadlines from the SLA settings, or, when the same cause
 * already has an unresolved one, a note on that one, so his inbox counts a repeat instead of
 * raising a new alert (sweeps that find the same condition each minute ask to skip). Openings of
 * one cause are serialized, so concurrent repeats never make two. Returns the escalation's id and whether it is new.
 */
export async function openEscalation(tx: Tx, draft: EscalationDraft, sla: RoutingSettings["escalationSla"], now: Date): Promise<{ id: string; created: boolean }> {
  const key = draft.causeKey ?? (await causeKeyOf(tx, draft));
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`escalation:${draft.organizationId}:${key}`}))`);
  const existing = await openOfCause(tx, draft, key);
  if (existing) {
    if (draft.onRepeat !== "skip") {
      await tx.insert(escalationNotes).values({ organizationId: draft.organizationId, escalationId: existing.id, body: `${REPEAT_NOTE_PREFIX}${draft.summary}`, createdAt: now });
    }
    return { id: existing.id, created: false };
  }
  const [row] = await tx
    .insert(escalations)
    .values({
      organizationId: draft.organizationId, clientId: draft.clientId, seatId: draft.seatId ?? null, trigger: draft.trigger, severity: draft.severity,
      summary: draft.summary, evidence: draft.evidence ?? {}, causeKey: key, createdAt: now, ...slaDueDates(draft.severity, now, sla),
    })
    .returning({ id: escalations.id });
  await recordAudit(tx, { organizationId: draft.organizationId, actorType: "system", action: "escalation.opened", entityType: "escalation", entityId: row!.id, data: { trigger: draft.trigger, severity: draft.severity, clientId: draft.clientId, causeKey: key } });
  await publishEvent(tx, { type: "escalation.opened", organizationId: draft.organizationId, clientId: draft.clientId, seatIds: draft.seatId ? [draft.seatId] : [], summary: `${draft.severity[0]!.toUpperCase()}${draft.severity.slice(1)}: ${draft.summary}` });
  return { id: row!.id, created: true };
}
