/** Triggers whose cause can be seen to be gone in the tables; the others wait for a person. */
export const SELF_SETTLING_TRIGGERS = ["fallback_exhausted", "no_eligible_seat", "high_commission", "deadline_at_risk"] as const;

/** What is true now about the client and deal an escalation is about. */
export interface SettleFacts {
  clientName: string;
  /** The client's accepted lead, if any. */
  acceptedLead: { seatName: string; overseer: boolean } | null;
  /** For a deadline: the transaction's status, null when no transaction is known. */
  transactionStatus?: string | null;
  /** For a deadline: the client's deadline tasks due on the deadline's day (or the one it named). */
  deadlineTasks?: readonly { title: string; status: string }[];
  /** For a deadline: whether a contract date of the transaction still falls on that day. */
  stillOnContract?: boolean;
}

const list = (titles: readonly string[]) => (titles.length <= 2 ? titles.join(" and ") : `${titles.slice(0, 2).join(", ")} and ${titles.length - 2} more`);

function deadlineSettled(f: SettleFacts): string | null {
  if (f.transactionStatus && f.transactionStatus !== "open") {
    return f.transactionStatus === "closed" ? `The transaction closed, so the deadline no longer applies.` : `The transaction was ${f.transactionStatus}, so the deadline no longer applies.`;
  }
  const tasks = f.deadlineTasks ?? [];
  if (tasks.length && tasks.every((t) => t.status !== "open")) {
    const done = tasks.filter((t) => t.status === "done").map((t) => t.title);
    return done.length ? `Deadline met: ${list(done)} marked done.` : "The deadline was removed: its task was cancelled.";
  }
  if (!tasks.length && f.transactionStatus === "open" && f.stillOnContract === false) return "The deadline moved: no contract date falls on that day any more.";
  return null;
}

/**
 * Why an unresolved escalation's cause is gone, as a sentence for its closing note, or null
 * while it still stands: nobody took the client until a seat accepted the lead; no seat fitted
 * until one did; a high-commission client Jorge could not take until he leads it; a deadline at
 * risk until it is met, removed, moved, or its transaction closed or fell through.
 */
export function settledBecause(trigger: string, f: SettleFacts): string | null {
  const lead = f.acceptedLead;
  switch (trigger) {
    case "fallback_exhausted":
      return lead ? `${lead.seatName} accepted ${f.clientName} as lead, so somebody took the client.` : null;
    case "no_eligible_seat":
      return lead ? `A seat became available: ${lead.seatName} now leads ${f.clientName}.` : null;
    case "high_commission":
      return lead?.overseer ? `Jorge now leads ${f.clientName} himself.` : null;
    case "deadline_at_risk":
      return deadlineSettled(f);
    default:
      return null;
  }
}
