import { and, asc, eq, inArray } from "drizzle-orm";
import { ACTIVE_ASSIGNMENT_STATES } from "../../domain/team/vocabulary";
import type { Db, Tx } from "../client";
import { assignments, seats, threadMessages, users } from "../schema";

export interface TeamSeat {
  seatId: string;
  name: string;
  kind: string;
  teamRole: string;
  seatRole: string;
  state: string;
  expiresAt: Date | null;
}

/** The client's working team: every seat holding or offered a place, lead first. */
export async function getClientTeam(db: Db | Tx, organizationId: string, clientId: string): Promise<TeamSeat[]> {
  const rows = await db
    .select({ seatId: assignments.seatId, name: seats.name, kind: seats.kind, teamRole: assignments.teamRole, seatRole: assignments.seatRole, state: assignments.state, expiresAt: assignments.expiresAt })
    .from(assignments)
    .innerJoin(seats, and(eq(seats.organizationId, assignments.organizationId), eq(seats.id, assignments.seatId)))
    .where(and(eq(assignments.organizationId, organizationId), eq(assignments.clientId, clientId), inArray(assignments.state, [...ACTIVE_ASSIGNMENT_STATES])));
  return rows.sort((a, b) => Number(b.teamRole === "lead") - Number(a.teamRole === "lead"));
}

/** Every seat of the organization, for the "hand off to" and "offer to" choices. */
export async function listSeatOptions(db: Db, organizationId: string) {
  return db
    .select({ id: seats.id, name: seats.name, role: seats.role, kind: seats.kind, presence: seats.presence })
    .from(seats)
    .where(eq(seats.organizationId, organizationId))
    .orderBy(asc(seats.kind), asc(seats.name));
}

/** The client's shared team thread, oldest first, with each author's name. */
export async function listThread(db: Db, organizationId: string, clientId: string) {
  return db
    .select({ id: threadMessages.id, kind: threadMessages.kind, body: threadMessages.body, createdAt: threadMessages.createdAt, author: users.name, seatName: seats.name })
    .from(threadMessages)
    .leftJoin(users, and(eq(users.organizationId, threadMessages.organizationId), eq(users.id, threadMessages.authorUserId)))
    .leftJoin(seats, and(eq(seats.organizationId, threadMessages.organizationId), eq(seats.id, threadMessages.seatId)))
    .where(and(eq(threadMessages.organizationId, organizationId), eq(threadMessages.clientId, clientId)))
    .orderBy(asc(threadMessages.createdAt));
}
