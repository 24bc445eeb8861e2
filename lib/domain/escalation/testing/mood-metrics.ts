/** Labels of the mood set, and how a score in -1..1 (or none) reads as one of them. */
export const MOOD_LABELS = ["negative", "neutral", "positive"] as const;
export type MoodLabel = (typeof MOOD_LABELS)[number];

/**
 * The satisfaction monitor's own bands: a mood at or below -0.2 is negative, at or above 0.2
 * positive, anything between (or no mood) neutral.
 */
export const MOOD_BAND = 0.2;

/** The label a score reads as under MOOD_BAND. */
export function moodLabel(score: number | null): MoodLabel {
  if (score === null || Math.abs(score) < MOOD_BAND) return "neutral";
  return score < 0 ? "negative" : "positive";
}

export interface MoodFigures {
  count: number;
  accuracy: number;
  macroF1: number;
  negativeRecall: number;
  /** Share of negative messages at or below the escalation threshold. */
  escalatedNegatives: number;
  /** Share of neutral and positive messages at or below the escalation threshold: false alarms. */
  escalatedOthers: number;
}

const share = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);

/** Accuracy, macro-F1 over the three labels, recall of "negative", and escalation rates, of scores against labels. */
export function moodFigures(rows: readonly { label: MoodLabel; score: number | null }[], escalationThreshold: number): MoodFigures {
  const f1s = MOOD_LABELS.map((label) => {
    const tp = rows.filter((r) => r.label === label && moodLabel(r.score) === label).length;
    const precision = share(tp, rows.filter((r) => moodLabel(r.score) === label).length);
    const recall = share(tp, rows.filter((r) => r.label === label).length);
    return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  });
  const negatives = rows.filter((r) => r.label === "negative");
  const others = rows.filter((r) => r.label !== "negative");
  const escalated = (r: { score: number | null }) => r.score !== null && r.score <= escalationThreshold;
  return {
    count: rows.length,
    accuracy: share(rows.filter((r) => moodLabel(r.score) === r.label).length, rows.length),
    macroF1: f1s.reduce((a, b) => a + b, 0) / MOOD_LABELS.length,
    negativeRecall: share(negatives.filter((r) => moodLabel(r.score) === "negative").length, negatives.length),
    escalatedNegatives: share(negatives.filter(escalated).length, negatives.length),
    escalatedOthers: share(others.filter(escalated).length, others.length),
  };
}
