import type { Verdict } from "@/lib/domain/compliance/verdict";
import type { OutboxState } from "@/lib/domain/team/vocabulary";

export interface Delivery {
  /** Why GoHighLevel cannot send for this client, or null when it can. */
  notConnected: string | null;
}

/** Whether the gate warned: a warning finding, a Fair Housing warning, or a marketing text in quiet hours. */
export function isWarned(verdict: Verdict): boolean {
  return verdict.fairHousing === "warn" || verdict.quietHours || verdict.findings.some((f) => f.severity === "warn");
}

/**
 * Where a reviewed message goes: blocked (never sent) when the gate blocks; held when it warns,
 * whoever wrote it, until a person says "send anyway" (so an AI seat never sends a warned
 * message itself); not_connected when GoHighLevel cannot send for the client; else queued.
 * `overridden` is a person's "send anyway", which passes a warning but never a block.
 */
export function outboxStateFor(verdict: Verdict, delivery: Delivery, overridden = false): { state: OutboxState; lastError: string | null } {
  if (!verdict.allowed) return { state: "blocked", lastError: null };
  if (isWarned(verdict) && !overridden) return { state: "held", lastError: null };
  if (delivery.notConnected) return { state: "not_connected", lastError: delivery.notConnected };
  return { state: "queued", lastError: null };
}
