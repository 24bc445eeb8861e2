import { describe, expect, it } from "vitest";
import { greedyAssignment } from "./greedy-assignment";
import { optimizeAssignment } from "./optimize-assignment";
import { randomInstance } from "./test-support";

describe("greedyAssignment", () => {
  it("takes pairs from the highest score down while client and seat are free", () => {
    const result = greedyAssignment({
      agents: [{ id: "x", capacity: 1 }, { id: "y", capacity: 1 }],
      clients: [
        { id: "a", candidates: [{ agent: "x", score: 0.9 }, { agent: "y", score: 0.8 }] },
        { id: "b", candidates: [{ agent: "x", score: 0.85 }, { agent: "y", score: 0.1 }] },
      ],
    });
    expect(result.assignments).toEqual([{ client: "a", agent: "x" }, { client: "b", agent: "y" }]);
    expect(result.objective).toBeCloseTo(1.0, 12);
  });

  it("is strictly worse than the optimum on a crafted instance, in score and in clients placed", () => {
    const agents = [{ id: "x", capacity: 1 }, { id: "y", capacity: 1 }];
    const a = { id: "a", candidates: [{ agent: "x", score: 0.9 }, { agent: "y", score: 0.8 }] };
    const scored = { agents, clients: [a, { id: "b", candidates: [{ agent: "x", score: 0.85 }, { agent: "y", score: 0.1 }] }] };
    expect(greedyAssignment(scored).objective).toBeCloseTo(1.0, 12);
    expect(optimizeAssignment(scored).objective).toBeCloseTo(1.65, 12);

    const counted = { agents, clients: [a, { id: "b", candidates: [{ agent: "x", score: 0.85 }] }] };
    expect(greedyAssignment(counted).assigned).toBe(1);
    expect(optimizeAssignment(counted).assigned).toBe(2);
  });

  it("is never better than the optimum (most clients, then score) and respects capacities", () => {
    for (let seed = 1; seed <= 400; seed += 1) {
      const instance = randomInstance(seed * 7919, 25, 6, 4);
      const greedy = greedyAssignment(instance);
      const optimum = optimizeAssignment(instance);
      expect(greedy.assigned).toBeLessThanOrEqual(optimum.assigned);
      if (greedy.assigned === optimum.assigned) expect(greedy.objective).toBeLessThanOrEqual(optimum.objective + 1e-9);
      const load = new Map<string, number>();
      for (const { agent } of greedy.assignments) load.set(agent, (load.get(agent) ?? 0) + 1);
      for (const agent of instance.agents) expect(load.get(agent.id) ?? 0).toBeLessThanOrEqual(agent.capacity);
    }
  });
});
