/** The first-reply benchmark's figures: per-contact times and the table of percentiles it prints. */

/** One new contact: milliseconds from the webhook's 200 to the reply queued and to its arrival at GoHighLevel (null: never). */
export interface Timing {
  contactId: string;
  queuedMs: number | null;
  deliveredMs: number | null;
}

/** The nearest-rank percentile (0 < p <= 1) of the values, or null when there are none. */
export function percentile(values: readonly number[], p: number): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
}

const cell = (v: number | null) => (v === null ? "n/a" : `${v} ms`).padStart(10);

/** Prints p50, p99 and the worst of both measures, and how many contacts were answered. */
export function printFirstReplyTable(timings: readonly Timing[], settings: { goalMs: number; loadRequests: number }): void {
  const rows: [string, (t: Timing) => number | null][] = [["queued (outbox row)", (t) => t.queuedMs], ["delivered to GHL", (t) => t.deliveredMs]];
  console.log(`\nFirst reply to a new contact, ${timings.length} contacts, under ${settings.loadRequests} intake deliveries of load (goal: p99 delivered < ${settings.goalMs} ms)`);
  console.log(`${"".padEnd(22)}${"p50".padStart(10)}${"p99".padStart(10)}${"max".padStart(10)}  answered`);
  for (const [label, of] of rows) {
    const values = timings.map(of).filter((v): v is number => v !== null);
    console.log(`${label.padEnd(22)}${cell(percentile(values, 0.5))}${cell(percentile(values, 0.99))}${cell(percentile(values, 1))}  ${values.length}/${timings.length}`);
  }
}
