import { z } from "zod";
import { planReply, type ReplyAction } from "@/lib/domain/conversation/plan-reply";
import type { Db } from "@/lib/db/client";
import { scheduleSend } from "../outbox/schedule";
import { lockRouting } from "../routing-lock";
import { announceStop } from "./conversation-events";
import { findFirstResponder, stepAside } from "./first-responder";
import { handToPerson } from "./hand-to-person";
import { chooseHotLeadSeat, type HotLeadSeat } from "./hot-lead-seat";
import { replyChannel, replySubject, replyWords, type Phraser } from "./reply-channel";
import { loadReplyFacts, planInputOf } from "./reply-facts";
import { writeReply } from "./write-reply";

const guid = (what: string) => z.guid(`${what} must be a UUID`);

/** The reply job's payload: one inbound message of one client, or (interactionId null) a new lead's first touch. */
export const replyJobSchema = z.object({
  organizationId: guid("organizationId"),
  clientId: guid("clientId"),
  interactionId: z.guid("interactionId must be the inbound message's UUID, or null for a new lead's first touch").nullable(),
});
export type ReplyJob = z.infer<typeof replyJobSchema>;

/** What answering did, in words a test and a log can read. */
export type AnswerOutcome =
  | { status: "replied" | "silent" | "paused"; action: ReplyAction; messageId: string | null; reason: string }
  | { status: "not_ai" | "already" | "gone"; reason: string };

/** The idempotency key of the reply to one message, or of a new lead's first touch. */
export const replyKey = (job: ReplyJob) => (job.interactionId ? `reply:${job.interactionId}` : `first-touch:${job.clientId}`);

/**
 * Answers one inbound message (or gives a new lead's first touch) as the client's AI seat.
 * Waits for the intake transaction that stored the message (it holds the routing lock), reads
 * the facts, decides with planReply (choosing the person for a hot lead by the coordinator's
 * scores), tries the optional rephrasing, then writes everything in one transaction under the
 * routing lock and schedules the send after commit. Safe to run twice: the message is claimed
 * once and the outbox key is per message. Throws a RangeError on a bad payload.
 */
export async function answerClientMessage(db: Db, payload: unknown, now = new Date(), options: { phrase?: Phraser } = {}): Promise<AnswerOutcome> {
  const parsed = replyJobSchema.safeParse(payload);
  if (!parsed.success) throw new RangeError(`Cannot answer the message: ${parsed.error.issues.map((i) => `${i.path.join(".") || "payload"}: ${i.message}`).join("; ")}`);
  const job = parsed.data;
  await db.transaction((tx) => lockRouting(tx, job.organizationId));
  const responder = await findFirstResponder(db, job.organizationId, job.clientId);
  if (responder.kind !== "ai") {
    if (responder.kind === "human") await db.transaction((tx) => stepAside(tx, job.organizationId, { id: job.clientId, firstName: "The client" }, responder.seatId, now));
    return { status: "not_ai", reason: responder.kind === "human" ? "A person leads this client and answers them." : "No AI seat answers this client." };
  }
  const facts = await loadReplyFacts(db, job.organizationId, job.clientId, job.interactionId);
  if (!facts) return { status: "gone", reason: "The client or the message no longer exists." };
  if (facts.inbound?.productive != null) return { status: "already", reason: "This message was already answered." };
  if (!facts.inbound && facts.conversation) return { status: "already", reason: "The first touch was already given." };
  const seat = responder.seat;
  const paused = seat.pausedAt !== null;
  const state = paused ? ("paused" as const) : undefined;
  let plan = planReply(planInputOf(facts, now, { state }));
  let person: HotLeadSeat | null = null;
  if (plan.action === "handoff") {
    person = await db.transaction((tx) => chooseHotLeadSeat(tx, facts.client, now));
    plan = planReply(planInputOf(facts, now, { state, humanFirstName: person?.firstName }));
  }
  const channel = replyChannel(facts);
  const subject = channel === "email" ? replySubject(facts, plan, person?.firstName ?? null) : null;
  const body = plan.text && !paused ? await replyWords(db, facts, plan, { seatId: seat.id, channel, subject }, now, options.phrase) : null;
  const written = await db.transaction(async (tx) => {
    await lockRouting(tx, job.organizationId);
    const result = await writeReply(tx, facts, plan, { aiSeatId: seat.id, reply: body ? { body, channel, subject, idempotencyKey: replyKey(job) } : null, keepState: paused, now });
    if (!result.claimed) return result;
    const handed = plan.action === "handoff" && person && plan.callTaskDueAt ? await handToPerson(tx, facts.client, person, plan.callTaskDueAt, now) : null;
    await announceStop(tx, { client: facts.client, seat, plan, paused, person, handed, queueError: result.queueError });
    return result;
  });
  if (!written.claimed) return { status: "already", reason: "Another run answered this message first." };
  if (written.message) await scheduleSend(written.message);
  const status = paused ? "paused" : plan.action === "silent" ? "silent" : "replied";
  return { status, action: plan.action, messageId: written.message?.id ?? null, reason: paused ? `${seat.name} is paused: it read the message and sent nothing.` : plan.reason };
}
