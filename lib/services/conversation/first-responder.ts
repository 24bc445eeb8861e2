import { and, eq, inArray } from "drizzle-orm";
import { ACTIVE_ASSIGNMENT_STATES } from "@/lib/domain/team/vocabulary";
import type { Db, Tx } from "@/lib/db/client";
import { assignments, conversations, seats } from "@/lib/db/schema";
import { publishEvent } from "@/lib/events/publish";

/** Who answers a client's messages now: an AI seat (leading, or covering a person's pending offer), a person, or nobody. */
export type FirstResponder =
  | { kind: "ai"; seat: { id: string; name: string; pausedAt: Date | null }; covering: boolean }
  | { kind: "human"; seatId: string }
  | { kind: "none" };

/**
 * The client's first responder, from the active team: an AI seat holding the accepted lead; or,
 * while a person's lead offer is still pending, an AI seat on the team, which covers until the
 * person accepts. A person who accepted the lead answers themselves, and the AI stays quiet.
 */
export async function findFirstResponder(db: Db | Tx, organizationId: string, clientId: string): Promise<FirstResponder> {
  const team = await db
    .select({ seatId: assignments.seatId, teamRole: assignments.teamRole, state: assignments.state, kind: seats.kind, name: seats.name, pausedAt: seats.pausedAt })
    .from(assignments)
    .innerJoin(seats, and(eq(seats.organizationId, assignments.organizationId), eq(seats.id, assignments.seatId)))
    .where(and(eq(assignments.organizationId, organizationId), eq(assignments.clientId, clientId), inArray(assignments.state, [...ACTIVE_ASSIGNMENT_STATES])))
    .orderBy(assignments.offeredAt);
  const lead = team.find((a) => a.teamRole === "lead" && a.state === "accepted") ?? team.find((a) => a.teamRole === "lead");
  const ai = (a: (typeof team)[number], covering: boolean): FirstResponder => ({ kind: "ai", seat: { id: a.seatId, name: a.name, pausedAt: a.pausedAt }, covering });
  if (lead?.kind === "ai" && lead.state === "accepted") return ai(lead, false);
  if (lead?.kind === "human" && lead.state === "accepted") return { kind: "human", seatId: lead.seatId };
  const cover = team.find((a) => a.kind === "ai" && a.state === "accepted");
  if (lead && cover) return ai(cover, true);
  return lead?.kind === "human" ? { kind: "human", seatId: lead.seatId } : { kind: "none" };
}

/** A person accepted the lead: the AI's conversation, if it still speaks, is handed off to them and the change announced. */
export async function stepAside(tx: Tx, organizationId: string, client: { id: string; firstName: string }, seatId: string, now: Date): Promise<void> {
  const stopped = await tx
    .update(conversations)
    .set({ state: "handed_off", stoppedReason: "A person accepted the lead and answers the client", stoppedAt: now, updatedAt: now })
    .where(and(eq(conversations.organizationId, organizationId), eq(conversations.clientId, client.id), eq(conversations.state, "active")))
    .returning({ id: conversations.id });
  if (stopped.length) await publishEvent(tx, { type: "conversation.handed_off", organizationId, clientId: client.id, seatIds: [seatId], summary: `${client.firstName} is answered by the person who accepted the lead: the AI seat stopped` });
}
