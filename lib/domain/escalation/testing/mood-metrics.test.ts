import { describe, expect, it } from "vitest";
import { moodFigures, moodLabel } from "./mood-metrics";

describe("mood figures", () => {
  it("reads scores into labels by the satisfaction monitor's bands", () => {
    expect([moodLabel(null), moodLabel(0.19), moodLabel(-0.19), moodLabel(0.2), moodLabel(-0.2)]).toEqual(["neutral", "neutral", "neutral", "positive", "negative"]);
  });

  it("computes accuracy, macro-F1, negative recall and escalation shares", () => {
    const f = moodFigures(
      [
        { label: "negative", score: -0.8 },
        { label: "negative", score: 0.1 },
        { label: "neutral", score: null },
        { label: "positive", score: 0.5 },
        { label: "positive", score: -0.7 },
      ],
      -0.6,
    );
    expect(f.count).toBe(5);
    expect(f.accuracy).toBeCloseTo(3 / 5);
    // negative: P 1/2 R 1/2 F1 0.5; neutral: P 1/2 R 1 F1 2/3; positive: P 1 R 1/2 F1 2/3
    expect(f.macroF1).toBeCloseTo((0.5 + 2 / 3 + 2 / 3) / 3);
    expect(f.negativeRecall).toBeCloseTo(0.5);
    expect(f.escalatedNegatives).toBeCloseTo(0.5);
    expect(f.escalatedOthers).toBeCloseTo(1 / 3);
  });
});
