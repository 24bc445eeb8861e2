import { and, desc, eq } from "drizzle-orm";
import type { Tx } from "@/lib/db/client";
import { interactions } from "@/lib/db/schema";
import { publishEvent } from "@/lib/events/publish";
import type { ClientRow } from "./reply-facts";
import { findFirstResponder, stepAside } from "./first-responder";
import { scheduleReply } from "./jobs";

/** What intake learned about the request it just routed. */
export interface Intake {
  client: ClientRow;
  created: boolean;
  /** Whether the request carried a message the client wrote. */
  inbound: boolean;
  /** GoHighLevel's message id, when the message came from GoHighLevel. */
  externalId: string | null;
}

/** The inbound message intake stored for this request: by GoHighLevel's id, else the client's latest. */
async function storedMessageId(tx: Tx, client: ClientRow, externalId: string | null): Promise<string | null> {
  const where = externalId
    ? and(eq(interactions.organizationId, client.organizationId), eq(interactions.externalId, externalId))
    : and(eq(interactions.organizationId, client.organizationId), eq(interactions.clientId, client.id), eq(interactions.direction, "inbound"));
  const [row] = await tx.select({ id: interactions.id }).from(interactions).where(where).orderBy(desc(interactions.occurredAt)).limit(1);
  return row?.id ?? null;
}

/**
 * After routing, inside the intake transaction: announces an inbound message live
 * (message.received), and when the client's first responder is an AI seat asks for the reply
 * (or, for a new lead with no message, the first touch). The job waits for this transaction's
 * routing lock, so it runs right after the commit. A client a person accepted gets no AI reply,
 * and an AI conversation still speaking is handed off to that person.
 */
export async function afterIntake(tx: Tx, intake: Intake, now: Date): Promise<void> {
  const { client } = intake;
  const org = client.organizationId;
  const messageId = intake.inbound ? await storedMessageId(tx, client, intake.externalId) : null;
  if (messageId) {
    await publishEvent(tx, { type: "message.received", organizationId: org, clientId: client.id, seatIds: client.ownerSeatId ? [client.ownerSeatId] : [], summary: `New message from ${`${client.firstName} ${client.lastName}`.trim()}` });
  }
  const responder = await findFirstResponder(tx, org, client.id);
  if (responder.kind === "human") return stepAside(tx, org, client, responder.seatId, now);
  if (responder.kind !== "ai") return;
  if (messageId) await scheduleReply({ organizationId: org, clientId: client.id, interactionId: messageId });
  else if (intake.created) await scheduleReply({ organizationId: org, clientId: client.id, interactionId: null });
}
