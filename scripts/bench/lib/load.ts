/**
 * A typed doorway to autocannon's programmatic API (the package ships no type declarations):
 * loads run in rounds, and the rounds of one target are merged into the summary printed for it.
 */
import { createRequire } from "node:module";

export type LoadContext = Record<string, unknown>;

/** One entry of autocannon's `requests` list; setupRequest runs before every send. */
export interface LoadRequest {
  method?: "GET" | "POST";
  path?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  setupRequest?: (request: LoadRequest, context: LoadContext) => LoadRequest;
  onResponse?: (status: number, body: string, context: LoadContext) => void;
}

export interface LoadOptions {
  url: string;
  connections: number;
  /** Seconds; ignored when amount is set. */
  duration?: number;
  /** Stop after this many requests instead of after a duration. */
  amount?: number;
  /** Seconds before a request counts as timed out. */
  timeout?: number;
  requests: LoadRequest[];
}

/** One load's unaggregated result, so several rounds can be merged into one summary. */
export interface LoadRound {
  totalCompletedRequests: number;
  duration: number;
}

interface Aggregated {
  latency: { p50: number; p99: number };
  "2xx": number;
  non2xx: number;
  errors: number;
  timeouts: number;
  statusCodeStats: Record<string, { count: number }>;
}

interface Autocannon {
  (options: LoadOptions & { skipAggregateResult: true }): PromiseLike<LoadRound>;
  aggregateResult(rounds: LoadRound[], options: { url: string; connections: number }): Aggregated;
}

const autocannon = createRequire(import.meta.url)("autocannon") as Autocannon;

/** What one measured target did over all its rounds. Latencies in milliseconds. */
export interface LoadSummary {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  ok: number;
  non2xx: number;
  errors: number;
  statusCodes: Record<string, number>;
}

/** Runs one load (a round) and keeps its raw result. */
export async function runRound(options: LoadOptions): Promise<LoadRound> {
  return autocannon({ timeout: 10, ...options, skipAggregateResult: true });
}

/**
 * Merges rounds: latency percentiles from the merged histograms, requests per second as all
 * completed requests over all the rounds' seconds.
 */
export function summarize(rounds: LoadRound[], options: { url: string; connections: number }): LoadSummary {
  const seconds = rounds.reduce((n, r) => n + r.duration, 0);
  const completed = rounds.reduce((n, r) => n + r.totalCompletedRequests, 0);
  const merged = autocannon.aggregateResult(rounds, options);
  return {
    requestsPerSecond: seconds > 0 ? completed / seconds : 0,
    p50: merged.latency.p50,
    p99: merged.latency.p99,
    ok: merged["2xx"],
    non2xx: merged.non2xx,
    errors: merged.errors + merged.timeouts,
    statusCodes: Object.fromEntries(Object.entries(merged.statusCodeStats).map(([code, s]) => [code, s.count])),
  };
}
