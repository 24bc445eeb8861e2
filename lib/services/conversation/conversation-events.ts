import type { ReplyPlan } from "@/lib/domain/conversation/plan-reply";
import type { Tx } from "@/lib/db/client";
import { publishEvent } from "@/lib/events/publish";
import type { HandedOver } from "./hand-to-person";
import type { HotLeadSeat } from "./hot-lead-seat";
import type { ClientRow } from "./reply-facts";

interface StopFacts {
  client: ClientRow;
  seat: { id: string; name: string };
  plan: ReplyPlan;
  paused: boolean;
  person: HotLeadSeat | null;
  handed: HandedOver | null;
  queueError: string | null;
}

/**
 * Announces, in the reply's transaction, when the AI seat stops or steps aside: handed to a
 * person (conversation.handed_off, to the AI seat and the person), or stopped by an escalation,
 * an opt-out or a paused seat (conversation.stopped). An ordinary question announces nothing
 * here: the outbox announces the message itself.
 */
export async function announceStop(tx: Tx, s: StopFacts): Promise<void> {
  const base = { organizationId: s.client.organizationId, clientId: s.client.id };
  const name = s.client.firstName;
  if (s.paused) {
    await publishEvent(tx, { ...base, type: "conversation.stopped", seatIds: [s.seat.id], summary: `${s.seat.name} is paused: ${name}'s message was read and nothing was sent` });
    return;
  }
  if (s.queueError) {
    await publishEvent(tx, { ...base, type: "conversation.stopped", seatIds: [s.seat.id], summary: `${s.seat.name} could not queue a reply to ${name}: ${s.queueError}` });
  }
  if (s.plan.action === "handoff" || s.plan.action === "close") {
    const to = s.person ? (s.handed?.completed ? `${s.person.name} now leads and calls within 2 hours` : `${s.person.name} is asked to take the lead and call within 2 hours${s.handed?.note ? ` (${s.handed.note})` : ""}`) : "a person on the team follows up";
    await publishEvent(tx, { ...base, type: "conversation.handed_off", seatIds: [s.seat.id, ...(s.person ? [s.person.id] : [])], summary: `${name} ${s.plan.action === "handoff" ? "is a hot lead" : "answered every question"}: ${to}` });
    return;
  }
  if (s.plan.action === "escalate" || s.plan.action === "confirm_opt_out") {
    const why = s.plan.action === "escalate" ? `escalated to a person (${s.plan.conversation.stoppedReason ?? s.plan.reason})` : "opted out of texts: one confirmation, then nothing";
    await publishEvent(tx, { ...base, type: "conversation.stopped", seatIds: [s.seat.id, ...(s.client.ownerSeatId && s.client.ownerSeatId !== s.seat.id ? [s.client.ownerSeatId] : [])], summary: `${s.seat.name} stopped answering ${name}: ${why}` });
  }
}
