export type EscalationStatus = "open" | "acknowledged" | "resolved";
export type EscalationAction = "acknowledge" | "resolve" | "reassign" | "note";

const ALLOWED: Record<EscalationStatus, readonly EscalationAction[]> = {
  open: ["acknowledge", "resolve", "reassign", "note"],
  acknowledged: ["resolve", "reassign", "note"],
  resolved: ["note"],
};

const WHY: Record<EscalationStatus, string> = {
  open: "is open",
  acknowledged: "was already acknowledged",
  resolved: "is resolved",
};

/**
 * Whether Jorge (or whoever he delegates to) may take an action on an escalation in its current
 * status: open → acknowledged → resolved, resolving straight from open acknowledges it at the
 * same moment, and a resolved escalation only takes notes (reopening means a new escalation).
 */
export function escalationStep(status: EscalationStatus, action: EscalationAction): { ok: true; status: EscalationStatus } | { ok: false; error: string } {
  if (!ALLOWED[status].includes(action)) return { ok: false, error: `Cannot ${action} this escalation: it ${WHY[status]}.` };
  if (action === "acknowledge") return { ok: true, status: "acknowledged" };
  if (action === "resolve") return { ok: true, status: "resolved" };
  return { ok: true, status };
}
