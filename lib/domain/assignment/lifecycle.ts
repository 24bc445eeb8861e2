import type { AssignmentState } from "../team/vocabulary";

export type AssignmentEvent = "accept" | "decline" | "time_out" | "rescind" | "complete";

const NEXT: Record<AssignmentState, Partial<Record<AssignmentEvent, AssignmentState>>> = {
  offered: { accept: "accepted", decline: "declined", time_out: "timed_out", rescind: "rescinded" },
  accepted: { complete: "completed", rescind: "rescinded" },
  declined: {},
  timed_out: {},
  rescinded: {},
  completed: {},
};

const DONE: Record<AssignmentState, string> = {
  offered: "is still waiting for an answer",
  accepted: "was already accepted",
  declined: "was declined",
  timed_out: "timed out",
  rescinded: "was withdrawn",
  completed: "is completed",
};

/**
 * The next state of an assignment, as routing engines define the reservation lifecycle: an offer
 * is accepted, declined, times out or is withdrawn; an accepted one completes or is withdrawn;
 * the rest are final. An answer that arrives after the offer expired is refused, so a late
 * accept can never take a client the fallback already gave to someone else.
 */
export function transition(
  state: AssignmentState,
  event: AssignmentEvent,
  now: Date,
  expiresAt: Date | null,
): { ok: true; state: AssignmentState } | { ok: false; error: string } {
  if ((event === "accept" || event === "decline") && state === "offered" && expiresAt && now.getTime() > expiresAt.getTime()) {
    return { ok: false, error: `This offer expired at ${expiresAt.toISOString()} and went to the next seat.` };
  }
  if (event === "time_out" && state === "offered" && expiresAt && now.getTime() < expiresAt.getTime()) {
    return { ok: false, error: "This offer has not expired yet." };
  }
  const next = NEXT[state][event];
  if (!next) return { ok: false, error: `Cannot ${event.replace("_", " ")}: the assignment ${DONE[state]}.` };
  return { ok: true, state: next };
}
