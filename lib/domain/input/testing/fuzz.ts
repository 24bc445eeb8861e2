import fc from "fast-check";
import { afterAll } from "vitest";

/**
 * Every fuzz suite uses this seed, so a failure found once is found again on every run. For a
 * deeper search now and then, FUZZ_SEED picks another seed and FUZZ_RUNS_SCALE multiplies the
 * number of cases (FUZZ_SEED=7 FUZZ_RUNS_SCALE=10 npx vitest run lib/http/http.fuzz.test.ts).
 */
export const FUZZ_SEED = Number(process.env.FUZZ_SEED || 20260101);
const RUNS_SCALE = Math.max(0.01, Number(process.env.FUZZ_RUNS_SCALE || 1));

/** A failure whose counterexample may hold a 300,000-character string, cut to a readable size. */
function shortened(error: unknown): unknown {
  if (!(error instanceof Error) || error.message.length <= 4000) return error;
  const short = new Error(`${error.message.replace(/(.{1,12}?)\1{20,}/gs, (run, unit: string) => `${unit}…(${Math.round(run.length / unit.length)} times)`).slice(0, 4000)}…`, { cause: error.cause });
  short.stack = short.message;
  return short;
}

/**
 * Counts the cases a fuzz file runs and the time they take, and prints both once when the file
 * ends. `check` runs one property with the fixed seed and a bounded number of runs.
 */
export function fuzzSuite(name: string) {
  let cases = 0;
  let ms = 0;
  const outcomes = new Map<string, number>();
  afterAll(() => {
    const seen = [...outcomes].sort(([a], [b]) => a.localeCompare(b)).map(([label, n]) => `${label} ${n}`).join(", ");
    console.log(`fuzz ${name}: ${cases} cases in ${Math.round(ms)} ms (seed ${FUZZ_SEED})${seen ? `; outcomes: ${seen}` : ""}`);
  });
  return {
    /** Counts one outcome (such as "200" or "400") for the summary, to show the cases reach past the first check. */
    saw(label: string | number): void {
      outcomes.set(String(label), (outcomes.get(String(label)) ?? 0) + 1);
    },
    async check<T>(arbitrary: fc.Arbitrary<T>, property: (value: T) => Promise<void> | void, runs: number): Promise<void> {
      const numRuns = Math.max(1, Math.round(runs * RUNS_SCALE));
      const started = performance.now();
      try {
        await fc.assert(fc.asyncProperty(arbitrary, async (value) => { await property(value); }), { seed: FUZZ_SEED, numRuns });
      } catch (error) {
        throw shortened(error);
      } finally {
        cases += numRuns;
        ms += performance.now() - started;
      }
    },
  };
}
