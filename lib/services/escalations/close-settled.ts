import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { settledBecause, SELF_SETTLING_TRIGGERS } from "@/lib/domain/escalation/settled";
import type { Db, Tx } from "@/lib/db/client";
import { recordAudit } from "@/lib/db/queries/audit";
import { escalationNotes, escalations } from "@/lib/db/schema";
import { publishEvent } from "@/lib/events/publish";
import { settleFacts } from "./settle-facts";

type EscalationRow = typeof escalations.$inferSelect;
type Cursor = { createdAt: Date; id: string };

/** The start of the resolution an escalation closed by the system carries. */
export const SETTLED_PREFIX = "Closed on its own, the cause is gone: ";

const unresolvedSelfSettling = and(inArray(escalations.status, ["open", "acknowledged"]), inArray(escalations.trigger, [...SELF_SETTLING_TRIGGERS]));

/** Resolves each locked row whose cause is gone, with a note saying why; returns how many closed. */
async function closeIfSettled(tx: Tx, rows: readonly EscalationRow[], now: Date): Promise<number> {
  if (!rows.length) return 0;
  const facts = await settleFacts(tx, rows);
  let closed = 0;
  for (const e of rows) {
    const why = settledBecause(e.trigger, facts.get(e.id)!);
    if (!why) continue;
    const resolution = `${SETTLED_PREFIX}${why}`;
    await tx
      .update(escalations)
      .set({ status: "resolved", acknowledgedAt: e.acknowledgedAt ?? now, resolvedAt: now, resolution })
      .where(and(eq(escalations.organizationId, e.organizationId), eq(escalations.id, e.id)));
    await tx.insert(escalationNotes).values({ organizationId: e.organizationId, escalationId: e.id, body: resolution, createdAt: now });
    await recordAudit(tx, { organizationId: e.organizationId, actorType: "system", action: "escalation.resolved", entityType: "escalation", entityId: e.id, data: { from: e.status, to: "resolved", causeKey: e.causeKey, why } });
    await publishEvent(tx, { type: "escalation.resolved", organizationId: e.organizationId, clientId: e.clientId, seatIds: e.seatId ? [e.seatId] : [], summary: `Closed "${e.summary}": ${why}` });
    closed++;
  }
  return closed;
}

/**
 * Closes, inside the caller's transaction, the client's unresolved escalations whose cause is
 * gone, at once: call it where the cause goes away (a seat accepting the client's lead, a
 * deadline task done or cancelled, a transaction closing). Returns how many closed.
 */
export async function closeSettledForClient(tx: Tx, organizationId: string, clientId: string, now = new Date()): Promise<number> {
  const rows = await tx
    .select()
    .from(escalations)
    .where(and(eq(escalations.organizationId, organizationId), eq(escalations.clientId, clientId), unresolvedSelfSettling))
    .for("update");
  return closeIfSettled(tx, rows, now);
}

/**
 * The periodic sweep behind it (a job handler): every unresolved escalation that can settle on
 * its own (nobody took the client, no seat fitted, a high-commission client, a deadline at risk)
 * is checked against the tables, `batch` at a time, and closed with a note when its cause is
 * gone. Rows are claimed with SKIP LOCKED, so two workers never close one twice. Returns how many closed.
 */
export async function sweepSettledEscalations(db: Db, now = new Date(), batch = 200): Promise<number> {
  let closed = 0;
  let after: Cursor | null = null;
  for (;;) {
    const from: Cursor | null = after;
    const rows: EscalationRow[] = await db.transaction(async (tx) => {
      const page = await tx
        .select()
        .from(escalations)
        .where(and(unresolvedSelfSettling, from ? sql`(${escalations.createdAt}, ${escalations.id}) > (${from.createdAt.toISOString()}::timestamptz, ${from.id}::uuid)` : undefined))
        .orderBy(asc(escalations.createdAt), asc(escalations.id))
        .limit(batch)
        .for("update", { skipLocked: true });
      closed += await closeIfSettled(tx, page, now);
      return page;
    });
    if (rows.length < batch) return closed;
    after = { createdAt: rows.at(-1)!.createdAt, id: rows.at(-1)!.id };
  }
}
