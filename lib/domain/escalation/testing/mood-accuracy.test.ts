import { describe, expect, it } from "vitest";
import { DEFAULT_ESCALATION_THRESHOLDS } from "../triggers";
import { afinnMood, vaderMood } from "../mood-models";
import { messageSentiment } from "../sentiment";
import { lexiconMood } from "./lexicon-baseline";
import { moodFigures, type MoodFigures } from "./mood-metrics";
import moodSetText from "./mood-set.jsonl?raw";
import { parseMoodSet, type MoodRow } from "./mood-set";

const rows = parseMoodSet(moodSetText);
const heldOut = rows.filter((r) => r.part === "held-out");
const measure = (model: (text: string) => number | null, subset: readonly MoodRow[]): MoodFigures =>
  moodFigures(subset.map((r) => ({ label: r.label, score: model(r.text) })), DEFAULT_ESCALATION_THRESHOLDS.negativeSentiment);

describe("the mood set", () => {
  it("holds at least 150 labelled messages in English and Spanish, the last 50 held out", () => {
    expect(rows.length).toBeGreaterThanOrEqual(150);
    expect(rows.slice(-50).every((r) => r.part === "held-out")).toBe(true);
    expect(heldOut).toHaveLength(50);
    for (const language of ["en", "es"] as const) {
      for (const label of ["negative", "neutral", "positive"] as const) {
        expect(heldOut.filter((r) => r.language === language && r.label === label).length).toBeGreaterThanOrEqual(3);
      }
    }
  });
});

describe("mood models on the held-out messages", () => {
  const lexicon = measure(lexiconMood, heldOut);
  const vader = measure(vaderMood, heldOut);
  const afinn = measure(afinnMood, heldOut);

  it("the kept model is VADER, and it reads the messages better than the old lexicon and AFINN", () => {
    expect(measure(messageSentiment, heldOut)).toEqual(vader);
    expect(vader.accuracy).toBeGreaterThan(lexicon.accuracy + 0.1);
    expect(vader.macroF1).toBeGreaterThan(lexicon.macroF1 + 0.1);
    expect(vader.negativeRecall).toBeGreaterThan(lexicon.negativeRecall);
    expect(vader.accuracy).toBeGreaterThanOrEqual(afinn.accuracy);
    expect(vader.macroF1).toBeGreaterThanOrEqual(afinn.macroF1);
  });

  it("keeps its measured level: accuracy and macro-F1 at least 0.8, negative recall at least 0.6", () => {
    expect(vader.accuracy).toBeGreaterThanOrEqual(0.8);
    expect(vader.macroF1).toBeGreaterThanOrEqual(0.8);
    expect(vader.negativeRecall).toBeGreaterThanOrEqual(0.6);
  });

  it("raises no negative-mood escalation for a neutral or happy message", () => {
    expect(vader.escalatedOthers).toBe(0);
    expect(measure(vaderMood, rows).escalatedOthers).toBe(0);
  });
});
