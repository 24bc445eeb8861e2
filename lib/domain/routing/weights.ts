import { z } from "zod";

/** The five factors a seat is scored on, in the order the console lists them. */
export const FACTORS = ["expertise", "workload", "successRate", "preferenceFit", "commission"] as const;
export type Factor = (typeof FACTORS)[number];

/** How much each factor counts; each 0..1, together 1. Stored in the "routing.weights" setting. */
export type RoutingWeights = Record<Factor, number>;

/** The weights until the overseer changes the "routing.weights" setting. */
export const DEFAULT_WEIGHTS: Readonly<RoutingWeights> = Object.freeze({
  expertise: 0.3,
  workload: 0.2,
  successRate: 0.2,
  preferenceFit: 0.15,
  commission: 0.15,
});

/** How far the sum may stray from 1 (floating point: 0.1 + 0.2 is not 0.3). */
export const WEIGHT_SUM_TOLERANCE = 1e-6;

const weight = (name: Factor) =>
  z
    .number({ error: `the ${name} weight must be a number` })
    .min(0, { error: `the ${name} weight must be between 0 and 1` })
    .max(1, { error: `the ${name} weight must be between 0 and 1` });

/** Shows a sum the way a person would write it: 0.95, not 0.9500000000000001. */
function formatSum(sum: number): string {
  return String(Number(sum.toFixed(6)));
}

/** Validates routing weights: the five factors, nothing else, each in [0, 1], adding up to 1. */
export const routingWeightsSchema = z
  .strictObject({
    expertise: weight("expertise"),
    workload: weight("workload"),
    successRate: weight("successRate"),
    preferenceFit: weight("preferenceFit"),
    commission: weight("commission"),
  })
  .superRefine((w, ctx) => {
    const values = FACTORS.map((f) => w[f]);
    if (!values.every((v) => typeof v === "number" && Number.isFinite(v))) return;
    const sum = values.reduce((a, b) => a + b, 0);
    if (Math.abs(sum - 1) > WEIGHT_SUM_TOLERANCE) {
      ctx.addIssue({ code: "custom", message: `weights add up to ${formatSum(sum)}; they must add up to 1` });
    }
  });

/**
 * Reads the "routing.weights" setting: missing gives the defaults; invalid gives the defaults
 * too, with the validation messages, so routing never stops on a bad setting but the console
 * can show what is wrong.
 */
export function weightsFromSetting(value: unknown): { weights: RoutingWeights; error: string | null } {
  if (value === undefined || value === null) return { weights: { ...DEFAULT_WEIGHTS }, error: null };
  const parsed = routingWeightsSchema.safeParse(value);
  if (parsed.success) return { weights: parsed.data, error: null };
  return { weights: { ...DEFAULT_WEIGHTS }, error: parsed.error.issues.map((i) => i.message).join("; ") };
}
