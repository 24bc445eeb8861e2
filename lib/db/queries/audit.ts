import type { Db, Tx } from "../client";
import { auditLog } from "../schema";

export interface AuditEntry {
  organizationId: string;
  actorType: "user" | "seat" | "system" | "api" | "webhook";
  actorId?: string | null;
  action: string;
  entityType: string;
  entityId?: string | null;
  data?: Record<string, unknown>;
}

/** Appends one entry to the audit trail, inside the caller's transaction. */
export async function recordAudit(db: Db | Tx, entry: AuditEntry): Promise<void> {
  await db.insert(auditLog).values({ ...entry, data: entry.data ?? {} });
}
