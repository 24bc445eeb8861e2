import { and, eq } from "drizzle-orm";
import type { Tx } from "@/lib/db/client";
import type { ConsoleEventType } from "@/lib/events/types";
import { publishEvent } from "@/lib/events/publish";
import { clients } from "@/lib/db/schema";
import { SENDABLE_CHANNELS, type SendableChannel } from "./draft";

const WORDS: Partial<Record<string, (what: string) => string>> = {
  queued: (w) => `${w} queued to send`,
  held: (w) => `${w} held: the quality gate warned, a person decides whether to send it`,
  blocked: (w) => `${w} blocked by the quality gate; it will not be sent`,
  sent: (w) => `${w} sent through GoHighLevel`,
  delivered: (w) => `${w} delivered`,
  failed: (w) => `${w} failed to send`,
};

/**
 * Announces an outbox row's new state live (message.queued, held, blocked, sent, delivered,
 * failed) to the seat it speaks for; not_connected has no event. Runs in the transaction that
 * made the change, so the announcement exists only if it commits.
 */
export async function announceMessage(tx: Tx, m: { organizationId: string; clientId: string; seatId: string | null; channel: string; state: string }, at: Date, detail?: string | null): Promise<void> {
  const words = WORDS[m.state];
  if (!words) return;
  const [c] = await tx.select({ first: clients.firstName, last: clients.lastName }).from(clients).where(and(eq(clients.organizationId, m.organizationId), eq(clients.id, m.clientId)));
  const kind = SENDABLE_CHANNELS[m.channel as SendableChannel]?.words ?? "message";
  const name = c ? `${c.first} ${c.last}`.trim() : "a client";
  const summary = words(`${kind[0]!.toUpperCase()}${kind.slice(1)} to ${name}`) + (detail ? ` (${detail})` : "");
  await publishEvent(tx, { type: `message.${m.state}` as ConsoleEventType, organizationId: m.organizationId, clientId: m.clientId, seatIds: m.seatId ? [m.seatId] : [], summary, at });
}
