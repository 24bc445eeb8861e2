import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import type { Db, Tx } from "@/lib/db/client";
import type { ConsoleEvent } from "./types";

/** The PostgreSQL NOTIFY channel every app instance listens on. */
export const CONSOLE_EVENTS_CHANNEL = "console_events";

/** PostgreSQL refuses NOTIFY payloads of 8000 bytes or more; stay safely below. */
export const MAX_PAYLOAD_BYTES = 7900;

export type NewConsoleEvent = Omit<ConsoleEvent, "id" | "at"> & { at?: Date };

const bytes = (text: string) => Buffer.byteLength(text, "utf8");

/**
 * The JSON payload of an event, its summary shortened (by whole characters, ending in "…") when
 * the whole would pass MAX_PAYLOAD_BYTES. Throws when even an empty summary does not fit, which
 * only a list of hundreds of seats can cause.
 */
export function encodeEvent(event: ConsoleEvent): string {
  const full = JSON.stringify(event);
  if (bytes(full) <= MAX_PAYLOAD_BYTES) return full;
  const chars = Array.from(event.summary);
  const withSummary = (n: number) => JSON.stringify({ ...event, summary: n === 0 ? "" : `${chars.slice(0, n).join("")}…` });
  if (bytes(withSummary(0)) > MAX_PAYLOAD_BYTES) {
    throw new Error(`console event ${event.type} is too large to announce even without its summary (${event.seatIds.length} seats)`);
  }
  let low = 0;
  let high = chars.length - 1;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (bytes(withSummary(mid)) <= MAX_PAYLOAD_BYTES) low = mid;
    else high = mid - 1;
  }
  return withSummary(low);
}

/**
 * Announces an event to every app instance through pg_notify on the given transaction (or
 * database). PostgreSQL delivers it only when that transaction commits, so call it inside the
 * transaction that makes the change: a rollback takes the announcement with it.
 */
export async function publishEvent(tx: Tx | Db, event: NewConsoleEvent): Promise<void> {
  const { type, organizationId, clientId, seatIds, summary, at } = event;
  const payload = encodeEvent({ id: randomUUID(), type, organizationId, clientId, seatIds, summary, at: (at ?? new Date()).toISOString() });
  await tx.execute(sql`select pg_notify(${CONSOLE_EVENTS_CHANNEL}, ${payload})`);
}
