import { describe, expect, it } from "vitest";
import heldOutJsonl from "./held-out-messages.jsonl?raw";
import devJsonl from "./labelled-messages.jsonl?raw";
import { parseLabelledSet } from "./labelled-set";
import { measureAccuracy, score } from "./precision-recall";


describe("precision and recall", () => {
  it("counts true and false positives and negatives", () => {
    const s = score([
      { expected: true, got: true },
      { expected: true, got: true },
      { expected: true, got: false },
      { expected: false, got: true },
      { expected: false, got: false },
    ]);
    expect(s).toMatchObject({ truePositives: 2, falsePositives: 1, falseNegatives: 1 });
    expect(s.precision).toBeCloseTo(2 / 3);
    expect(s.recall).toBeCloseTo(2 / 3);
    expect(s.f1).toBeCloseTo(2 / 3);
  });

  it("scores 1 for precision when nothing is flagged and 1 for recall when nothing should be", () => {
    expect(score([{ expected: false, got: false }])).toMatchObject({ precision: 1, recall: 1, f1: 1 });
    expect(score([{ expected: true, got: false }])).toMatchObject({ precision: 1, recall: 0 });
  });

  it("lists each message a classifier got wrong", () => {
    const result = measureAccuracy([
      { text: "No kids please.", direction: "outbound", channel: "SMS", fairHousing: "ok", optOut: false },
      { text: "STOP", direction: "inbound", channel: "SMS", fairHousing: "ok", optOut: false },
    ]);
    expect(result.misses.map((m) => [m.measure, m.got])).toEqual([
      ["flagged", "block"],
      ["optOut", "true"],
    ]);
  });

  it("reaches 0.95 precision and recall on the labelled development set", () => {
    const dev = parseLabelledSet(devJsonl, "labelled-messages.jsonl");
    expect(dev.length).toBeGreaterThanOrEqual(220);
    const result = measureAccuracy(dev);
    for (const measure of [result.flagged, result.block, result.optOut]) {
      expect(measure.precision).toBeGreaterThanOrEqual(0.95);
      expect(measure.recall).toBeGreaterThanOrEqual(0.95);
    }
  });

  it("reads the held-out set, which is reported but never tuned against", () => {
    const held = parseLabelledSet(heldOutJsonl, "held-out-messages.jsonl");
    expect(held.length).toBeGreaterThanOrEqual(80);
    const result = measureAccuracy(held);
    expect(result.flagged.truePositives + result.flagged.falseNegatives).toBeGreaterThan(0);
    expect(result.optOut.truePositives + result.optOut.falseNegatives).toBeGreaterThan(0);
  });
});
