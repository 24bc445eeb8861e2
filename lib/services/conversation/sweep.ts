import { and, asc, eq, gte, isNull, lte, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { clients, interactions } from "@/lib/db/schema";
import { answerClientMessage, type ReplyJob } from "./answer-message";

/** A message still unanswered this long after it arrived lost its reply job. */
export const UNANSWERED_AFTER_MS = 20_000;
/** Older than this, a reply would come too late to read as an answer: the team follows up by hand. */
export const ANSWER_WINDOW_MS = 15 * 60_000;

/** An AI seat is on the client's team and no person has accepted the lead (see findFirstResponder). */
const aiOnTeam = (clientId: unknown) => sql`exists (select 1 from assignments a join seats s on s.organization_id = a.organization_id and s.id = a.seat_id
  where a.organization_id = ${clients.organizationId} and a.client_id = ${clientId} and a.state = 'accepted' and s.kind = 'ai')
  and not exists (select 1 from assignments a join seats s on s.organization_id = a.organization_id and s.id = a.seat_id
  where a.organization_id = ${clients.organizationId} and a.client_id = ${clientId} and a.state = 'accepted' and a.team_role = 'lead' and s.kind = 'human')`;

/** Inbound messages of clients with an AI seat on the team, unanswered for 20 s to 15 minutes, and new AI-led clients never touched. */
export async function findUnanswered(db: Db, now: Date, max = 100): Promise<ReplyJob[]> {
  const from = new Date(now.getTime() - ANSWER_WINDOW_MS);
  const until = new Date(now.getTime() - UNANSWERED_AFTER_MS);
  const messages = await db
    .select({ organizationId: interactions.organizationId, clientId: interactions.clientId, interactionId: interactions.id })
    .from(interactions)
    .innerJoin(clients, and(eq(clients.organizationId, interactions.organizationId), eq(clients.id, interactions.clientId)))
    .where(and(eq(interactions.direction, "inbound"), isNull(interactions.productive), gte(interactions.occurredAt, from), lte(interactions.occurredAt, until), aiOnTeam(interactions.clientId)))
    .orderBy(asc(interactions.occurredAt))
    .limit(max);
  const untouched = await db
    .select({ organizationId: clients.organizationId, clientId: clients.id })
    .from(clients)
    .where(and(gte(clients.createdAt, from), lte(clients.createdAt, until), aiOnTeam(clients.id),
      sql`not exists (select 1 from conversations c where c.organization_id = ${clients.organizationId} and c.client_id = ${clients.id})`,
      sql`not exists (select 1 from interactions i where i.organization_id = ${clients.organizationId} and i.client_id = ${clients.id} and i.direction = 'inbound')`))
    .limit(max);
  return [...messages, ...untouched.map((c) => ({ ...c, interactionId: null }))];
}

/**
 * Answers what lost reply jobs left unanswered, one at a time (each is idempotent, so a sweep
 * racing a late job answers once). A failure on one is logged and the next sweep tries again.
 * Returns how many were answered with a reply or a decision to stay silent.
 */
export async function sweepUnanswered(db: Db, now = new Date()): Promise<number> {
  let answered = 0;
  for (const job of await findUnanswered(db, now)) {
    try {
      const outcome = await answerClientMessage(db, job, now);
      if (outcome.status === "replied" || outcome.status === "silent" || outcome.status === "paused") answered++;
    } catch (error) {
      console.error(`[conversation] answering ${job.interactionId ?? `the first touch of ${job.clientId}`} failed, the next sweep retries: ${error instanceof Error ? error.message : error}`);
    }
  }
  return answered;
}
