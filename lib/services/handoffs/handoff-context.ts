import { and, eq, gte, inArray } from "drizzle-orm";
import type { HandoffLimits } from "@/lib/domain/handoff/handoff-rules";
import { HANDOFF_LIMITS, SETTING_KEYS } from "@/lib/domain/settings/defaults";
import type { SeatKind, SeatRole } from "@/lib/domain/team/vocabulary";
import type { Db, Tx } from "@/lib/db/client";
import { getSettings } from "@/lib/db/queries/organizations";
import { handoffs, seats } from "@/lib/db/schema";

/** The organization's handoff limits, each falling back to the documented default. */
export async function loadHandoffLimits(tx: Db | Tx, organizationId: string): Promise<HandoffLimits> {
  const stored = await getSettings(tx, organizationId, [SETTING_KEYS.handoffLimits]);
  return { ...HANDOFF_LIMITS, ...(stored.get(SETTING_KEYS.handoffLimits) as Partial<HandoffLimits> | undefined) };
}

/** The client's handoffs that moved someone in the last day, oldest first, as the loop rules need them. */
export async function recentHandoffs(tx: Tx, organizationId: string, clientId: string, now: Date) {
  const rows = await tx
    .select({ fromSeatId: handoffs.fromSeatId, toSeatId: handoffs.toSeatId, decidedAt: handoffs.decidedAt })
    .from(handoffs)
    .where(and(eq(handoffs.organizationId, organizationId), eq(handoffs.clientId, clientId), eq(handoffs.state, "completed"), gte(handoffs.decidedAt, new Date(now.getTime() - 86_400_000))));
  return rows.map((r) => ({ fromSeatId: r.fromSeatId, toSeatId: r.toSeatId, at: r.decidedAt! })).sort((a, b) => a.at.getTime() - b.at.getTime());
}

export interface SeatFacts {
  id: string;
  name: string;
  kind: SeatKind;
  role: SeatRole;
  presence: string;
  capacity: number;
  userId: string | null;
}

/** The seats named, by id. */
export async function seatFacts(tx: Tx, organizationId: string, ids: readonly string[]): Promise<Map<string, SeatFacts>> {
  if (!ids.length) return new Map();
  const rows = await tx
    .select({ id: seats.id, name: seats.name, kind: seats.kind, role: seats.role, presence: seats.presence, capacity: seats.capacity, userId: seats.userId })
    .from(seats)
    .where(and(eq(seats.organizationId, organizationId), inArray(seats.id, [...ids])));
  return new Map(rows.map((r) => [r.id, { ...r, kind: r.kind as SeatKind, role: r.role as SeatRole }]));
}
