import { CONSTRAINTS } from "@/lib/domain/routing/constraints";
import { DEFAULT_WEIGHTS, FACTORS, type Factor } from "@/lib/domain/routing/weights";

/** One scoring factor as the explanation panel shows it. */
export interface FactorLine {
  factor: Factor;
  value: number;
  /** The factor's weighted share of the total score, when known. */
  contribution: number | null;
  explanation: string | null;
}

export interface ReadBreakdown {
  factors: FactorLine[];
  note: string | null;
  /** Seats excluded per constraint, in the order routing checks them; only non-zero counts. */
  exclusions: { constraint: string; count: number }[];
}

export interface RunnerUp {
  seatId: string;
  name: string;
  score: number | null;
}

type Json = Record<string, unknown>;
const isRecord = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);
const num = (v: unknown): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);
const text = (v: unknown): string | null => (typeof v === "string" && v.trim() ? v : null);

/**
 * Reads a stored score breakdown of either shape: the router's {factors, contributions,
 * explanations, exclusionCounts, note}, or older rows that hold the five factor values at the
 * top level. Older rows carry no contributions; they are derived from the default weights only
 * when those weights reproduce the stored total, so a shown contribution is never a guess.
 */
export function readBreakdown(raw: unknown, score: number | null): ReadBreakdown {
  const b = isRecord(raw) ? raw : {};
  const values = isRecord(b.factors) ? b.factors : b;
  const stored = isRecord(b.contributions) ? b.contributions : null;
  const explanations = isRecord(b.explanations) ? b.explanations : {};
  const present = FACTORS.flatMap((factor) => {
    const value = num(values[factor]);
    return value === null ? [] : [{ factor, value }];
  });
  const weighted = present.reduce((sum, f) => sum + DEFAULT_WEIGHTS[f.factor] * f.value, 0);
  const derivable = !stored && score !== null && present.length === FACTORS.length && Math.abs(weighted - score) < 0.005;
  const factors = present.map(({ factor, value }) => ({
    factor,
    value,
    contribution: stored ? num(stored[factor]) : derivable ? DEFAULT_WEIGHTS[factor] * value : null,
    explanation: text(explanations[factor]),
  }));
  const counts = isRecord(b.exclusionCounts) ? b.exclusionCounts : {};
  const exclusions = CONSTRAINTS.flatMap((constraint) => {
    const count = num(counts[constraint]);
    return count && count > 0 ? [{ constraint, count }] : [];
  });
  return { factors, note: text(b.note), exclusions };
}

/**
 * Reads stored runners-up ([{seatId, score}], older rows also {name}) best first, naming each
 * seat by its current name, else the name stored with it.
 */
export function readRunnersUp(raw: unknown, names: ReadonlyMap<string, string>): RunnerUp[] {
  if (!Array.isArray(raw)) return [];
  return raw
    .filter(isRecord)
    .flatMap((r) => {
      const seatId = text(r.seatId);
      return seatId ? [{ seatId, name: names.get(seatId) ?? text(r.name) ?? "A seat no longer on the team", score: num(r.score) }] : [];
    })
    .sort((a, b) => (b.score ?? -1) - (a.score ?? -1));
}

/** The seat ids named in stored runners-up, to look their names up in one query. */
export function runnerUpSeatIds(raws: readonly unknown[]): string[] {
  return [...new Set(raws.flatMap((raw) => (Array.isArray(raw) ? raw.filter(isRecord).map((r) => text(r.seatId)) : [])).filter((id): id is string => id !== null))];
}
