import { describe, expect, it } from "vitest";
import { compileInstance } from "./compile-instance";
import { optimizeAssignment } from "./optimize-assignment";
import { processingOrder } from "./processing-order";
import { randomInstance, seededRandom } from "./test-support";

describe("processingOrder", () => {
  it("puts single-option clients first, then larger regret, keeps input order on ties and skips clients without candidates", () => {
    const agents = ["a", "b", "c"].map((id) => ({ id, capacity: 1 }));
    const scored = (...scores: number[]) => scores.map((score, k) => ({ agent: agents[k]!.id, score }));
    const compiled = compileInstance({
      agents,
      clients: [
        { id: "small-gap", candidates: scored(0.75, 0.5) },
        { id: "none", candidates: [] },
        { id: "big-gap", candidates: scored(0.2, 0.9, 0.1) },
        { id: "single", candidates: scored(0.1) },
        { id: "small-gap-too", candidates: scored(0.25, 0.5) },
      ],
    });
    expect([...processingOrder(compiled)]).toEqual([3, 2, 0, 4]);
  });

  it("does not change the optimum: shuffled clients give the same count and score", () => {
    for (let seed = 1; seed <= 200; seed += 1) {
      const instance = randomInstance(seed * 31, 30, 6, 4);
      const rand = seededRandom(seed);
      const shuffled = [...instance.clients];
      for (let k = shuffled.length - 1; k > 0; k -= 1) {
        const other = Math.floor(rand() * (k + 1));
        [shuffled[k], shuffled[other]] = [shuffled[other]!, shuffled[k]!];
      }
      const original = optimizeAssignment(instance);
      const reordered = optimizeAssignment({ ...instance, clients: shuffled });
      expect(reordered.assigned).toBe(original.assigned);
      expect(reordered.objective).toBeCloseTo(original.objective, 9);
    }
  });
});
