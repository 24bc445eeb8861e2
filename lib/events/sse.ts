import { can } from "@/lib/domain/auth/permissions";
import type { ConsoleEvent } from "./types";

/** Tells the browser to wait 3 s before reconnecting; sent first on every stream. */
export const SSE_RETRY_FRAME = "retry: 3000\n\n";

/** A comment line that keeps proxies and load balancers from closing an idle stream. */
export const SSE_HEARTBEAT_FRAME = ": heartbeat\n\n";

/** The SSE event name of console events (listen with addEventListener("console", ...)). */
export const SSE_EVENT_NAME = "console";

/** The text frame of one event: its id, the event name and the JSON on a single data line. */
export function formatSseEvent(event: ConsoleEvent): string {
  return `id: ${event.id}\nevent: ${SSE_EVENT_NAME}\ndata: ${JSON.stringify(event)}\n\n`;
}

/** Who is watching: the viewer's organization, seat and permissions. */
export interface EventAudience {
  organizationId: string;
  seatId: string | null;
  permissions: readonly string[];
}

/**
 * True when the viewer may see the event: it belongs to their organization and either they read
 * every client, or their seat is one of the seats the event concerns.
 */
export function canSeeEvent(viewer: EventAudience, event: ConsoleEvent): boolean {
  if (event.organizationId !== viewer.organizationId) return false;
  if (can(viewer.permissions, "clients.read_all")) return true;
  return viewer.seatId !== null && event.seatIds.includes(viewer.seatId);
}
