/**
 * Prints the intake benchmark's table and its verdict: throughput and latency of the baseline and
 * the webhook, their ratio, and whether every acknowledged delivery was stored exactly once.
 */
import { cpus } from "node:os";
import type { DeliveryFeed } from "./deliveries";
import type { LoadSummary } from "./load";

/** The requirement: the webhook keeps at least this share of the baseline's requests per second. */
export const MIN_RATIO = 0.5;

/** Compares the rows with what the server acknowledged. */
export function countIntakes(feeds: DeliveryFeed[], rows: { key: string; status: string }[]) {
  const known = new Set(feeds.flatMap((f) => f.pool.map((d) => d.key)));
  const acknowledged = new Set(feeds.flatMap((f) => [...f.acknowledged].map((i) => f.pool[i]!.key)));
  const stored = new Set(rows.map((r) => r.key));
  const statuses: Record<string, number> = {};
  for (const r of rows) statuses[r.status] = (statuses[r.status] ?? 0) + 1;
  return {
    acknowledged: acknowledged.size,
    rows: rows.length,
    lost: [...acknowledged].filter((k) => !stored.has(k)).length,
    duplicated: rows.length - [...stored].filter((k) => known.has(k)).length,
    unanswered: [...stored].filter((k) => !acknowledged.has(k)).length,
    answeredNewTwice: feeds.reduce((n, f) => n + f.answeredNewTwice(), 0),
    statuses,
  };
}

export type IntakeCounts = ReturnType<typeof countIntakes>;
export interface BenchOutcome {
  baseline: LoadSummary;
  webhook: LoadSummary;
  intakes: IntakeCounts;
  run: DeliveryFeed;
}

const fixed = (n: number, digits = 1) => n.toFixed(digits);

function row(cells: (string | number)[]): string {
  return cells.map((c, i) => (i === 0 ? String(c).padEnd(10) : String(c).padStart(11))).join(" ");
}

function targetRow(name: string, s: LoadSummary): string {
  return row([name, fixed(s.requestsPerSecond), fixed(s.p50), fixed(s.p99), s.ok, s.non2xx, s.errors]);
}

function codes(s: LoadSummary): string {
  return Object.entries(s.statusCodes)
    .map(([code, n]) => `${code}: ${n}`)
    .join(", ");
}

/** Prints the report; returns true when every check passed. */
export function printReport(outcome: BenchOutcome, settings: { duration: number; rounds: number; connections: number; loadBefore: number }): boolean {
  const { baseline, webhook, intakes, run } = outcome;
  const ratio = baseline.requestsPerSecond > 0 ? webhook.requestsPerSecond / baseline.requestsPerSecond : 0;
  console.log(`\nIntake benchmark: ${settings.duration} s per target in ${settings.rounds} alternating rounds, ${settings.connections} connections`);
  console.log(`machine: ${cpus().length} cores, 1-minute load ${fixed(settings.loadBefore, 2)} before the run (other work on the machine skews the numbers)\n`);
  console.log(row(["target", "requests/s", "p50 ms", "p99 ms", "2xx", "non-2xx", "errors"]));
  console.log(targetRow("baseline", baseline));
  console.log(targetRow("webhook", webhook));
  for (const [name, s] of [["baseline", baseline], ["webhook", webhook]] as const) if (s.non2xx > 0) console.log(`${name} status codes: ${codes(s)}`);
  console.log(`\nratio webhook/baseline: ${fixed(ratio, 2)}`);
  console.log(`webhook sends: ${run.originals} distinct deliveries, ${run.replays} exact resends${run.signedLate ? `, ${run.signedLate} signed during the run (pool too small)` : ""}`);
  console.log(
    `intakes: ${intakes.acknowledged} deliveries acknowledged (warm-up included), ${intakes.rows} rows stored, ` +
      `${intakes.unanswered} stored but unanswered (in flight when the load stopped)`,
  );
  console.log(`resends answered as new: ${intakes.answeredNewTwice}`);
  const { received = 0, ...done } = intakes.statuses;
  const routed = Object.entries(done).map(([s, n]) => `${s} ${n}`).join(", ") || "none";
  console.log(`routing 5 s after the last round: ${routed}; still received ${received}\n`);

  const refused = baseline.non2xx + baseline.errors + webhook.non2xx + webhook.errors;
  const checks: [string, boolean][] = [
    [`non-2xx answers and errors = ${refused}`, refused === 0],
    [`ratio ${fixed(ratio, 2)} >= ${MIN_RATIO}`, ratio >= MIN_RATIO],
    [`lost = ${intakes.lost}`, intakes.lost === 0],
    [`duplicated = ${intakes.duplicated}`, intakes.duplicated === 0],
  ];
  for (const [label, ok] of checks) console.log(`${ok ? "PASS" : "FAIL"}  ${label}`);
  return checks.every(([, ok]) => ok);
}
