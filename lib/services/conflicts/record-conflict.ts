import type { ConflictDecision, ConflictKind } from "@/lib/domain/conflict/rules";
import type { Tx } from "@/lib/db/client";
import { recordAudit } from "@/lib/db/queries/audit";
import { conflicts } from "@/lib/db/schema";
import { publishEvent } from "@/lib/events/publish";
import { openEscalation } from "../escalations/open-escalation";
import { loadRoutingSettings } from "../intake/routing-settings";

export interface ConflictRecord {
  organizationId: string;
  clientId: string | null;
  kind: ConflictKind;
  seatIds: string[];
  detail: Record<string, unknown>;
  decision: ConflictDecision;
}

/**
 * Stores a conflict with the rule that decided it and why; one no rule could decide goes to
 * Jorge as an agent-conflict escalation, linked from the record. Inside the caller's transaction.
 */
export async function recordConflict(tx: Tx, c: ConflictRecord, now: Date): Promise<{ id: string; escalationId: string | null }> {
  let escalationId: string | null = null;
  if (!c.decision.decided) {
    const settings = await loadRoutingSettings(tx, c.organizationId);
    escalationId = (await openEscalation(tx, { organizationId: c.organizationId, clientId: c.clientId, seatId: c.seatIds[0] ?? null, trigger: "agent_conflict", severity: "medium", summary: `${c.kind.replace(/_/g, " ")}: ${c.decision.reason}`, evidence: { ...c.detail, rule: c.decision.rule } }, settings.escalationSla, now)).id;
  }
  const winnerSeatId = c.decision.decided ? c.decision.winnerSeatId ?? null : null;
  const [row] = await tx
    .insert(conflicts)
    .values({ organizationId: c.organizationId, clientId: c.clientId, kind: c.kind, seatIds: c.seatIds, detail: c.detail, decided: c.decision.decided, winnerSeatId, rule: c.decision.rule, reason: c.decision.reason, escalationId, createdAt: now })
    .returning({ id: conflicts.id });
  await recordAudit(tx, { organizationId: c.organizationId, actorType: "system", action: c.decision.decided ? "conflict.decided" : "conflict.escalated", entityType: "conflict", entityId: row!.id, data: { kind: c.kind, rule: c.decision.rule, clientId: c.clientId } });
  if (c.decision.decided) {
    await publishEvent(tx, { type: "conflict.decided", organizationId: c.organizationId, clientId: c.clientId, seatIds: c.seatIds, summary: `Conflict decided by rule "${c.decision.rule}": ${c.decision.reason}` });
  }
  return { id: row!.id, escalationId };
}
