/** Why a lead client stays with its seat when the team is rebalanced. */
export type StayReason = "accepted_recently" | "pending_handoff" | "personal";

/** A person's acceptance this recent is a promise to the client; moving them now would break it. */
export const RECENT_ACCEPTANCE_HOURS = 72;

export interface StayFacts {
  /** When the holding seat's person accepted the client themselves, if they did (not when Jorge or a rebalance placed it). */
  acceptedAt: Date | null;
  holderKind: "ai" | "human";
  /** A handoff of this client waits for an answer. */
  pendingHandoff: boolean;
  /** Jorge works the client himself (tagged for him, or his commission line). */
  personal: boolean;
}

export const STAY_REASON_LABELS: Record<StayReason, string> = {
  accepted_recently: `a person accepted them in the last ${RECENT_ACCEPTANCE_HOURS} hours`,
  pending_handoff: "a handoff is waiting for an answer",
  personal: "Jorge handles them personally",
};

/**
 * Whether a movable-looking client must stay where it is, and why: Jorge's personal clients, a
 * pending handoff (moving would race it), or a human's fresh acceptance. AI acceptances are
 * instant and carry no such promise, so they never hold a client in place.
 */
export function whyStays(facts: StayFacts, now: Date): StayReason | null {
  if (facts.personal) return "personal";
  if (facts.pendingHandoff) return "pending_handoff";
  if (facts.holderKind === "human" && facts.acceptedAt && now.getTime() - facts.acceptedAt.getTime() < RECENT_ACCEPTANCE_HOURS * 3_600_000) return "accepted_recently";
  return null;
}
