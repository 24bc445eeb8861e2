/**
 * Throughput of the quality gate on one core: N JSON lines (the labelled compliance set, with
 * send times, time zones and purposes added so quiet hours and the email rules run too, cycled
 * to N) reviewed the way `npm run review` does it (parse, validate, review, serialize), next to
 * a baseline measured in the same run on the same lines: JSON parse and re-serialize. Prints
 * messages per second for both and their ratio; the gate must keep at least 0.2.
 * Run: npx tsx scripts/bench/review.ts [lines=100000]
 */
import { readFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { reviewLine } from "../../lib/domain/compliance/review-door";

const LINES = Number(process.argv[2] ?? 100_000);
const ROUNDS = 5;
const MIN_RATIO = 0.2;
const ZONES = ["America/Los_Angeles", "America/Los_Angeles", "America/Phoenix", "America/New_York", "America/Chicago", undefined];
const LABELLED = path.resolve(import.meta.dirname, "../../lib/domain/compliance/testing/labelled-messages.jsonl");

/** The labelled messages, each varied by its place in the list: a send time over the day, a zone, a purpose. */
function sampleLines(): string[] {
  const messages = readFileSync(LABELLED, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as Record<string, unknown>);
  return messages.map((m, i) => {
    const hour = String(6 + (i % 17)).padStart(2, "0");
    const varied = { text: m.text, direction: m.direction, channel: m.channel, sentAt: `2026-12-01T${hour}:${String((i * 7) % 60).padStart(2, "0")}:00-08:00`, recipientTimeZone: ZONES[i % ZONES.length], purpose: i % 3 === 0 ? "marketing" : i % 3 === 1 ? "conversational" : undefined };
    return JSON.stringify(varied);
  });
}

function run(lines: readonly string[], work: (line: string, i: number) => string): number {
  let bytes = 0;
  const start = performance.now();
  for (let i = 0; i < lines.length; i++) bytes += work(lines[i]!, i + 1).length;
  const seconds = (performance.now() - start) / 1000;
  if (bytes === 0) throw new Error("nothing was produced");
  return lines.length / seconds;
}

const sample = sampleLines();
const lines = Array.from({ length: LINES }, (_, i) => sample[i % sample.length]!);
const now = new Date("2026-12-01T20:00:00Z");
const baseline = (line: string) => JSON.stringify(JSON.parse(line));
const gate = (line: string, i: number) => reviewLine(line, i, now);

run(lines.slice(0, 10_000), baseline);
run(lines.slice(0, 10_000), gate);
const results = { baseline: [] as number[], gate: [] as number[] };
for (let round = 0; round < ROUNDS; round++) {
  results.baseline.push(run(lines, baseline));
  results.gate.push(run(lines, gate));
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const base = median(results.baseline);
const reviewed = median(results.gate);
const ratio = reviewed / base;
const fmt = (n: number) => Math.round(n).toLocaleString("en-US");

console.log(`Review benchmark: ${fmt(LINES)} lines (${sample.length} distinct, ${sample.filter((l) => l.includes('"inbound"')).length} inbound) x ${ROUNDS} alternating rounds, medians`);
console.log(`machine: ${cpus().length} cores, 1-minute load ${loadavg()[0]!.toFixed(2)} (other work on the machine skews the numbers)`);
console.log(`JSON parse + serialize: ${fmt(base)} messages/s`);
console.log(`review (parse, validate, review, serialize): ${fmt(reviewed)} messages/s (${(1e6 / reviewed).toFixed(1)} µs each)`);
console.log(`ratio review/baseline: ${ratio.toFixed(3)}`);
console.log(`${ratio >= MIN_RATIO ? "PASS" : "FAIL"}  ratio ${ratio.toFixed(3)} >= ${MIN_RATIO}`);
if (ratio < MIN_RATIO) process.exitCode = 1;
