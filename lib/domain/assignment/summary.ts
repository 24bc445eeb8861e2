import type { AssignmentState } from "../team/vocabulary";

const VERB: Record<AssignmentState, string> = {
  offered: "was offered", accepted: "accepted", declined: "declined", timed_out: "did not answer in time for",
  rescinded: "was withdrawn from", completed: "completed",
};

/**
 * One sentence for an assignment's state change, as the live feed and the activity list show
 * it: "Daniel Okafor declined the lead on Carmen Ruiz: fully booked". The reason follows an
 * answer (accepted, declined, timed out, completed) but not an offer or a withdrawal, whose
 * reason is the coordinator's own note.
 */
export function assignmentSummary(p: { seat: string; state: AssignmentState; teamRole: string; client: string; reason?: string | null }): string {
  const place = p.teamRole === "lead" ? "the lead" : "a support place";
  const why = p.reason && p.state !== "offered" && p.state !== "rescinded" ? `: ${p.reason}` : "";
  return `${p.seat} ${VERB[p.state]} ${place} on ${p.client}${why}`;
}
