/**
 * Precision, recall and F1 of the two message classifiers on a labelled set: Fair Housing
 * "flagged" (warn or block) against ok, Fair Housing "block" alone, and opt-out on inbound
 * messages, each with the messages it got wrong.
 */
import { checkFairHousing, fairHousingLevel } from "../fair-housing";
import { detectConsentSignal } from "../opt-out";
import type { LabelledMessage } from "./labelled-set";

export interface Score {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  /** Of the messages flagged, the share that should be (1 when none was flagged). */
  precision: number;
  /** Of the messages that should be flagged, the share that was (1 when none should be). */
  recall: number;
  f1: number;
}

export interface Miss {
  measure: "flagged" | "block" | "optOut";
  text: string;
  expected: string;
  got: string;
}

export interface Accuracy {
  flagged: Score;
  block: Score;
  optOut: Score;
  misses: Miss[];
}

/** The score of some yes/no predictions against their labels. */
export function score(pairs: readonly { expected: boolean; got: boolean }[]): Score {
  const tp = pairs.filter((p) => p.expected && p.got).length;
  const fp = pairs.filter((p) => !p.expected && p.got).length;
  const fn = pairs.filter((p) => p.expected && !p.got).length;
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { truePositives: tp, falsePositives: fp, falseNegatives: fn, precision, recall, f1 };
}

/** Runs the real classifiers over `messages`: Fair Housing on outbound ones, opt-out on inbound ones. */
export function measureAccuracy(messages: readonly LabelledMessage[]): Accuracy {
  const misses: Miss[] = [];
  const flagged: { expected: boolean; got: boolean }[] = [];
  const block: { expected: boolean; got: boolean }[] = [];
  const optOut: { expected: boolean; got: boolean }[] = [];
  for (const m of messages) {
    if (m.direction === "outbound") {
      const level = fairHousingLevel(checkFairHousing(m.text));
      const f = { expected: m.fairHousing !== "ok", got: level !== "ok" };
      const b = { expected: m.fairHousing === "block", got: level === "block" };
      flagged.push(f);
      block.push(b);
      if (f.expected !== f.got) misses.push({ measure: "flagged", text: m.text, expected: m.fairHousing, got: level });
      else if (b.expected !== b.got) misses.push({ measure: "block", text: m.text, expected: m.fairHousing, got: level });
    } else {
      const o = { expected: m.optOut, got: detectConsentSignal(m.text).optOut };
      optOut.push(o);
      if (o.expected !== o.got) misses.push({ measure: "optOut", text: m.text, expected: String(o.expected), got: String(o.got) });
    }
  }
  return { flagged: score(flagged), block: score(block), optOut: score(optOut), misses };
}
