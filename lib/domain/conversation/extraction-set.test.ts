import { describe, expect, it } from "vitest";
import { extractAnswers } from "./extract-answers";
import { detectLanguage } from "./language";
import labelledJsonl from "./testing/extraction-set.jsonl?raw";
import { parseLabelled, scoreExtraction, type LabelledReply } from "./testing/extraction-score";
import heldOutJsonl from "./testing/held-out-set.jsonl?raw";

// Every label's relative dates are counted from Thursday Jan 15, 2026, 10:00 in Rancho Cucamonga.
const NOW = new Date("2026-01-15T18:00:00Z");
const run = (row: LabelledReply) =>
  extractAnswers(row.text, { pipeline: row.pipeline, lastQuestion: row.lastQuestion, now: NOW, timeZone: "America/Los_Angeles", language: detectLanguage(row.text, row.language) });

describe("extraction on labelled client replies", () => {
  const rows = parseLabelled(labelledJsonl);

  it("holds at least 80 replies in English and Spanish", () => {
    expect(rows.length).toBeGreaterThanOrEqual(80);
    expect(rows.filter((r) => r.language === "es").length).toBeGreaterThanOrEqual(20);
  });

  it("reaches 0.9 field-level precision and recall", () => {
    const score = scoreExtraction(rows, run);
    console.info(`labelled set: precision ${score.precision.toFixed(3)}, recall ${score.recall.toFixed(3)} (${score.truePositives}/${score.predicted} predicted, ${score.expected} labelled)\n${score.misses.join("\n")}`);
    expect(score.precision).toBeGreaterThanOrEqual(0.9);
    expect(score.recall).toBeGreaterThanOrEqual(0.9);
  });
});

describe("extraction on the held-out replies (never tuned on)", () => {
  it("reaches 0.8 field-level precision and recall", () => {
    const score = scoreExtraction(parseLabelled(heldOutJsonl), run);
    console.info(`held-out: precision ${score.precision.toFixed(3)}, recall ${score.recall.toFixed(3)} (${score.truePositives}/${score.predicted} predicted, ${score.expected} labelled)\n${score.misses.join("\n")}`);
    expect(score.precision).toBeGreaterThanOrEqual(0.8);
    expect(score.recall).toBeGreaterThanOrEqual(0.8);
  });
});
