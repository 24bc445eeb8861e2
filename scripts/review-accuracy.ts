/**
 * Prints the precision, recall and F1 of the Fair Housing and opt-out classifiers on the
 * labelled development set, the held-out set and three blind sets (each written by someone who
 * never saw the rules), with every message each got wrong.
 *
 *   npx tsx scripts/review-accuracy.ts
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseLabelledSet } from "@/lib/domain/compliance/testing/labelled-set";
import { measureAccuracy, type Score } from "@/lib/domain/compliance/testing/precision-recall";

const folder = path.join(import.meta.dirname, "..", "lib", "domain", "compliance", "testing");
const sets = [
  ["development", "labelled-messages.jsonl"],
  ["held-out", "held-out-messages.jsonl"],
  ["blind", "blind-messages.jsonl"],
  ["second blind", "second-blind-messages.jsonl"],
  ["third blind", "third-blind-messages.jsonl"],
] as const;

const pct = (x: number) => x.toFixed(3);
const row = (set: string, measure: string, s: Score) =>
  [set.padEnd(12), measure.padEnd(22), pct(s.precision), pct(s.recall), pct(s.f1), `${s.truePositives}/${s.falsePositives}/${s.falseNegatives}`].join("  ");

const lines = [["set".padEnd(12), "measure".padEnd(22), "prec ", "recall", "f1   ", "tp/fp/fn"].join("  ")];
const missLines: string[] = [];
for (const [name, file] of sets) {
  const messages = parseLabelledSet(readFileSync(path.join(folder, file), "utf8"), file);
  const result = measureAccuracy(messages);
  lines.push(row(name, "fair housing flagged", result.flagged), row(name, "fair housing block", result.block), row(name, "opt-out", result.optOut));
  missLines.push(`\n${name} (${messages.length} messages): ${result.misses.length} misses`);
  for (const m of result.misses) missLines.push(`  [${m.measure}] expected ${m.expected}, got ${m.got}: ${m.text}`);
}
console.log([...lines, ...missLines].join("\n"));
