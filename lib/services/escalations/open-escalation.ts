import { and, eq, inArray } from "drizzle-orm";
import { slaDueDates } from "@/lib/domain/escalation/sla";
import type { Severity } from "@/lib/domain/team/vocabulary";
import type { Tx } from "@/lib/db/client";
import { recordAudit } from "@/lib/db/queries/audit";
import { escalationNotes, escalations } from "@/lib/db/schema";
import { publishEvent } from "@/lib/events/publish";
import type { RoutingSettings } from "../intake/routing-settings";

export interface EscalationDraft {
  organizationId: string;
  clientId: string | null;
  seatId?: string | null;
  trigger: (typeof escalations.$inferInsert)["trigger"];
  severity: Severity;
  summary: string;
  evidence?: Record<string, unknown>;
  /** What to do when the client already has an unresolved escalation for this trigger: add a note (default), or nothing (periodic sweeps). */
  onRepeat?: "note" | "skip";
}

/**
 * Brings something to Jorge, inside the caller's transaction: a new escalation with its
 * acknowledge and resolve deadlines from the SLA settings, or, when the same client already has
 * an unresolved one for the same trigger, a note on that one so his inbox does not fill with
 * repeats (sweeps that find the same condition each minute ask to skip). Returns the escalation's id and whether it is new.
 */
export async function openEscalation(tx: Tx, draft: EscalationDraft, sla: RoutingSettings["escalationSla"], now: Date): Promise<{ id: string; created: boolean }> {
  if (draft.clientId) {
    const [existing] = await tx
      .select({ id: escalations.id })
      .from(escalations)
      .where(and(eq(escalations.organizationId, draft.organizationId), eq(escalations.clientId, draft.clientId), eq(escalations.trigger, draft.trigger), inArray(escalations.status, ["open", "acknowledged"])))
      .limit(1);
    if (existing) {
      if (draft.onRepeat === "skip") return { id: existing.id, created: false };
      await tx.insert(escalationNotes).values({ organizationId: draft.organizationId, escalationId: existing.id, body: `Again: ${draft.summary}`, createdAt: now });
      return { id: existing.id, created: false };
    }
  }
  const [row] = await tx
    .insert(escalations)
    .values({
      organizationId: draft.organizationId, clientId: draft.clientId, seatId: draft.seatId ?? null, trigger: draft.trigger, severity: draft.severity,
      summary: draft.summary, evidence: draft.evidence ?? {}, createdAt: now, ...slaDueDates(draft.severity, now, sla),
    })
    .returning({ id: escalations.id });
  await recordAudit(tx, { organizationId: draft.organizationId, actorType: "system", action: "escalation.opened", entityType: "escalation", entityId: row!.id, data: { trigger: draft.trigger, severity: draft.severity, clientId: draft.clientId } });
  await publishEvent(tx, { type: "escalation.opened", organizationId: draft.organizationId, clientId: draft.clientId, seatIds: draft.seatId ? [draft.seatId] : [], summary: `${draft.severity[0]!.toUpperCase()}${draft.severity.slice(1)}: ${draft.summary}` });
  return { id: row!.id, created: true };
}
