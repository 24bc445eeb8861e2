import { z } from "zod";

/** Everything the console announces live; the part before the dot names the subject. */
export const CONSOLE_EVENT_TYPES = [
  "assignment.offered",
  "assignment.accepted",
  "assignment.declined",
  "assignment.timed_out",
  "assignment.rescinded",
  "handoff.proposed",
  "handoff.completed",
  "handoff.rejected",
  "escalation.opened",
  "escalation.acknowledged",
  "escalation.resolved",
  "escalation.reassigned",
  "escalation.overdue",
  "conflict.decided",
  "request.routed",
  "thread.posted",
  "task.reminder",
  "seat.notice",
  "seat.presence",
  "appointment.booked",
  "appointment.reminder",
  "message.received",
  "message.queued",
  "message.held",
  "message.blocked",
  "message.sent",
  "message.delivered",
  "message.failed",
  "conversation.handed_off",
  "conversation.stopped",
  "quality.action",
] as const;
export type ConsoleEventType = (typeof CONSOLE_EVENT_TYPES)[number];

/** One thing that happened, as it travels from a committed transaction to every open console. */
export interface ConsoleEvent {
  /** A uuid, unique per event; browsers dedupe by it. */
  id: string;
  type: ConsoleEventType;
  organizationId: string;
  clientId: string | null;
  /** The seats concerned: a team member sees an event only when their seat is in this list. */
  seatIds: string[];
  /** One human sentence. */
  summary: string;
  /** When it happened, ISO 8601. */
  at: string;
}

/** The shape a payload must have to be trusted as a ConsoleEvent. */
export const consoleEventSchema = z.object({
  id: z.uuid(),
  type: z.enum(CONSOLE_EVENT_TYPES),
  organizationId: z.string().min(1),
  clientId: z.string().min(1).nullable(),
  seatIds: z.array(z.string().min(1)),
  summary: z.string(),
  at: z.iso.datetime({ offset: true }),
});

/** Reads a NOTIFY payload or SSE data line; anything malformed or of an unknown type gives null. */
export function parseConsoleEvent(payload: string): ConsoleEvent | null {
  let value: unknown;
  try {
    value = JSON.parse(payload);
  } catch {
    return null;
  }
  const parsed = consoleEventSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
