/** The parts of an escalation that say what it is about. */
export interface CauseParts {
  trigger: string;
  clientId: string | null;
  /** What was wrong, when one trigger can have several causes for one client (a transaction's deadline day). */
  detail?: string | null;
}

/** Stands in for a missing client or transaction inside a key. */
const NONE = "-";
const MAX_DETAIL = 120;

/** "Asked for Jorge!!  again" and "asked for jorge again" are the same words. */
function normalized(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}$]+/gu, " ").trim().slice(0, MAX_DETAIL);
}

/**
 * One cause, one key: the trigger, the client and what was wrong, joined by colons
 * ("fallback_exhausted:<client>", "deadline_at_risk:<client>:<transaction>:2026-12-01").
 * Two escalations with the same key are repeats of one cause.
 */
export function causeKey({ trigger, clientId, detail }: CauseParts): string {
  return [trigger, clientId ?? NONE, ...(detail ? [detail] : [])].join(":");
}

/** The detail of a deadline cause: the transaction (or none known) and the local day the deadline falls on. */
export function deadlineDetail(transactionId: string | null, day: string): string {
  return `${transactionId ?? NONE}:${day}`;
}

/**
 * The cause key of an escalation being opened, from what the caller knows: the trigger and
 * client, the conflict rule for a conflict between seats, and for an escalation about no client
 * at all its summary's words (otherwise every client-less escalation of a trigger would fold into one).
 */
export function draftCauseKey(d: { trigger: string; clientId: string | null; summary: string; evidence?: Record<string, unknown>; detail?: string | null }): string {
  const rule = d.trigger === "agent_conflict" && typeof d.evidence?.rule === "string" ? d.evidence.rule : null;
  const detail = d.detail ?? (d.clientId ? rule : normalized(d.summary) || null);
  return causeKey({ trigger: d.trigger, clientId: d.clientId, detail });
}

/** The key an inbox groups a row under: its cause key, or for older rows without one, its trigger and client. */
export function groupKeyOf(row: { causeKey: string | null; trigger: string; clientId: string | null }): string {
  return row.causeKey ?? causeKey({ trigger: row.trigger, clientId: row.clientId });
}

/** A deadline cause's transaction and day, read back from its key; null for any other key. */
export function parseDeadlineKey(key: string): { clientId: string | null; transactionId: string | null; day: string } | null {
  const m = /^deadline_at_risk:([^:]+):([^:]+):(\d{4}-\d{2}-\d{2})$/.exec(key);
  if (!m) return null;
  const orNull = (v: string) => (v === NONE ? null : v);
  return { clientId: orNull(m[1]!), transactionId: orNull(m[2]!), day: m[3]! };
}
