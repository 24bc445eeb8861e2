/** Evidence of how a client feels about the service, gathered from their conversation. */
export interface SatisfactionEvidence {
  /** Minutes from each inbound message to the team's next outbound reply (unanswered ones omitted). */
  responseMinutes: readonly number[];
  /** Sentiment of the client's own messages, -1..1. */
  sentiments: readonly number[];
  /** Survey answers already scaled to 0..1. */
  surveys: readonly number[];
}

export interface SatisfactionSignal {
  /** 0..1, or null when there is no evidence at all. */
  score: number | null;
  parts: { responsiveness: number | null; sentiment: number | null; survey: number | null };
  explanation: string;
}

/** How much each kind of evidence counts when present: what clients say outright weighs most. */
export const SATISFACTION_WEIGHTS = { survey: 0.5, sentiment: 0.25, responsiveness: 0.25 } as const;

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

function median(xs: readonly number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Responsiveness from the median reply time: 1 within 5 minutes (the speed-to-lead mark), falling
 * with the logarithm of the delay to 0.5 at an hour and 0 at a day or more.
 */
export function responsiveness(medianMinutes: number): number {
  if (medianMinutes <= 5) return 1;
  if (medianMinutes >= 1440) return 0;
  const hour = Math.log(60 / 5);
  const x = Math.log(medianMinutes / 5);
  return x <= hour ? 1 - 0.5 * (x / hour) : 0.5 - 0.5 * ((x - hour) / Math.log(1440 / 60));
}

/**
 * One satisfaction signal from replies, the client's mood and surveys: each part on 0..1, combined
 * with SATISFACTION_WEIGHTS over the parts that have evidence.
 */
export function satisfactionSignal(evidence: SatisfactionEvidence): SatisfactionSignal {
  const replyMedian = evidence.responseMinutes.length ? median(evidence.responseMinutes) : null;
  const parts = {
    responsiveness: replyMedian === null ? null : responsiveness(replyMedian),
    sentiment: evidence.sentiments.length ? (mean(evidence.sentiments) + 1) / 2 : null,
    survey: evidence.surveys.length ? mean(evidence.surveys) : null,
  };
  let weight = 0;
  let total = 0;
  for (const key of ["survey", "sentiment", "responsiveness"] as const) {
    const value = parts[key];
    if (value === null) continue;
    weight += SATISFACTION_WEIGHTS[key];
    total += SATISFACTION_WEIGHTS[key] * value;
  }
  const said: string[] = [];
  if (replyMedian !== null) said.push(`replies in ${Math.round(replyMedian)} min (median)`);
  if (parts.sentiment !== null) said.push(`mood ${parts.sentiment >= 0.6 ? "positive" : parts.sentiment <= 0.4 ? "negative" : "neutral"}`);
  if (parts.survey !== null) said.push(`survey ${Math.round(parts.survey * 100)}%`);
  return { score: weight ? Math.round((total / weight) * 1000) / 1000 : null, parts, explanation: said.length ? said.join(", ") : "no evidence yet" };
}
