/**
 * Prints how well each mood model reads the labelled client messages: accuracy, macro-F1,
 * recall of "negative" and escalation rates, for the tuning and held-out parts and the whole set.
 * Run: npx tsx scripts/mood-accuracy.ts
 */
import { readFileSync } from "node:fs";
import vader from "vader-sentiment";
import { DEFAULT_ESCALATION_THRESHOLDS } from "../lib/domain/escalation/triggers";
import { afinnMood, vaderMood } from "../lib/domain/escalation/mood-models";
import { lexiconMood } from "../lib/domain/escalation/testing/lexicon-baseline";
import { moodFigures } from "../lib/domain/escalation/testing/mood-metrics";
import { parseMoodSet, type MoodRow } from "../lib/domain/escalation/testing/mood-set";

/** VADER on every message, Spanish included, to show what the Spanish list adds. */
const vaderAlone = (text: string) => vader.SentimentIntensityAnalyzer.polarity_scores(text).compound || null;
const MODELS = { "lexicon (old)": lexiconMood, "vader alone": vaderAlone, vader: vaderMood, afinn: afinnMood } as const;
const rows = parseMoodSet(readFileSync(new URL("../lib/domain/escalation/testing/mood-set.jsonl", import.meta.url), "utf8"));
const parts: [string, (r: MoodRow) => boolean][] = [
  ["tuning", (r) => r.part === "tuning"],
  ["held-out", (r) => r.part === "held-out"],
  ["held-out, English", (r) => r.part === "held-out" && r.language === "en"],
  ["held-out, Spanish", (r) => r.part === "held-out" && r.language === "es"],
  ["all", () => true],
];
const pct = (n: number) => `${(n * 100).toFixed(1)}%`.padStart(7);

console.log(`mood set: ${rows.length} messages; escalation at <= ${DEFAULT_ESCALATION_THRESHOLDS.negativeSentiment}`);
console.log(`${"part".padEnd(18)} ${"model".padEnd(14)}   n  accuracy macro-F1 neg-recall esc(neg) esc(other)`);
for (const [part, keep] of parts) {
  const subset = rows.filter(keep);
  for (const [name, model] of Object.entries(MODELS)) {
    const f = moodFigures(subset.map((r) => ({ label: r.label, score: model(r.text) })), DEFAULT_ESCALATION_THRESHOLDS.negativeSentiment);
    console.log(`${part.padEnd(18)} ${name.padEnd(14)} ${String(f.count).padStart(3)} ${pct(f.accuracy)}  ${pct(f.macroF1)}  ${pct(f.negativeRecall)}   ${pct(f.escalatedNegatives)}   ${pct(f.escalatedOthers)}`);
  }
}
