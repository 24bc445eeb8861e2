import { describe, expect, it } from "vitest";
import { DEFAULT_WEIGHTS, FACTORS, routingWeightsSchema, weightsFromSetting } from "./weights";

const messages = (value: unknown) => {
  const r = routingWeightsSchema.safeParse(value);
  return r.success ? [] : r.error.issues.map((i) => i.message);
};

describe("routing weights", () => {
  it("default to 0.30 / 0.20 / 0.20 / 0.15 / 0.15, which validate", () => {
    expect(DEFAULT_WEIGHTS).toEqual({ expertise: 0.3, workload: 0.2, successRate: 0.2, preferenceFit: 0.15, commission: 0.15 });
    expect(routingWeightsSchema.safeParse(DEFAULT_WEIGHTS).success).toBe(true);
    expect(Object.keys(DEFAULT_WEIGHTS)).toEqual([...FACTORS]);
  });

  it("reject a sum other than 1 with the sum in the message", () => {
    expect(messages({ ...DEFAULT_WEIGHTS, commission: 0.1 })).toEqual(["weights add up to 0.95; they must add up to 1"]);
    expect(messages({ ...DEFAULT_WEIGHTS, commission: 0.25 })).toEqual(["weights add up to 1.1; they must add up to 1"]);
  });

  it("accept a sum within 1e-6 of 1 and reject one just outside", () => {
    expect(messages({ expertise: 0.1, workload: 0.2, successRate: 0.3, preferenceFit: 0.15, commission: 0.25 })).toEqual([]);
    expect(messages({ ...DEFAULT_WEIGHTS, commission: 0.15 + 5e-7 })).toEqual([]);
    expect(messages({ ...DEFAULT_WEIGHTS, commission: 0.15 + 2e-6 })).toEqual(["weights add up to 1.000002; they must add up to 1"]);
  });

  it("reject a weight outside [0, 1] by name", () => {
    expect(messages({ ...DEFAULT_WEIGHTS, expertise: 1.2, workload: -0.7 })).toEqual([
      "the expertise weight must be between 0 and 1",
      "the workload weight must be between 0 and 1",
    ]);
  });

  it("reject missing, unknown and non-numeric weights", () => {
    const { commission: _omit, ...missing } = DEFAULT_WEIGHTS;
    void _omit;
    expect(messages(missing)).toEqual(["the commission weight must be a number"]);
    expect(messages({ ...DEFAULT_WEIGHTS, speed: 0 })).toEqual(['Unrecognized key: "speed"']);
    expect(messages({ ...DEFAULT_WEIGHTS, expertise: "0.3" })).toEqual(["the expertise weight must be a number"]);
    expect(messages({ ...DEFAULT_WEIGHTS, expertise: Number.NaN })).toEqual(["the expertise weight must be a number"]);
  });

  it("accept a single factor at 1 and the rest at 0", () => {
    expect(messages({ expertise: 1, workload: 0, successRate: 0, preferenceFit: 0, commission: 0 })).toEqual([]);
  });
});

describe("weightsFromSetting", () => {
  it("uses the setting when valid", () => {
    const weights = { expertise: 0.2, workload: 0.2, successRate: 0.2, preferenceFit: 0.2, commission: 0.2 };
    expect(weightsFromSetting(weights)).toEqual({ weights, error: null });
  });

  it("falls back to the defaults when missing, without an error", () => {
    expect(weightsFromSetting(undefined)).toEqual({ weights: DEFAULT_WEIGHTS, error: null });
  });

  it("falls back to the defaults when invalid, with the message", () => {
    expect(weightsFromSetting({ ...DEFAULT_WEIGHTS, commission: 0.1 })).toEqual({ weights: DEFAULT_WEIGHTS, error: "weights add up to 0.95; they must add up to 1" });
  });
});
