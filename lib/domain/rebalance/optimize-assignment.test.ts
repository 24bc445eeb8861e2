import { describe, expect, it } from "vitest";
import { optimizeAssignment } from "./optimize-assignment";
import { bruteForceOptimum, randomInstance } from "./test-support";
import type { AssignmentInstance, AssignmentResult } from "./types";

/** The result respects capacities and candidate lists, and its objective is its own score sum. */
function expectFeasible(instance: AssignmentInstance, result: AssignmentResult): void {
  const load = new Map<string, number>();
  let sum = 0;
  const order = instance.clients.map((c) => c.id);
  let lastIndex = -1;
  for (const { client, agent } of result.assignments) {
    const index = order.indexOf(client);
    expect(index).toBeGreaterThan(lastIndex);
    lastIndex = index;
    const scores = instance.clients[index]!.candidates.filter((c) => c.agent === agent).map((c) => c.score);
    expect(scores.length).toBeGreaterThan(0);
    sum += Math.max(...scores);
    load.set(agent, (load.get(agent) ?? 0) + 1);
  }
  for (const agent of instance.agents) expect(load.get(agent.id) ?? 0).toBeLessThanOrEqual(agent.capacity);
  expect(result.assigned).toBe(result.assignments.length);
  expect(result.objective).toBeCloseTo(sum, 9);
}

describe("optimizeAssignment", () => {
  it("matches brute force on 1,500 small random instances (up to 7 clients x 4 seats)", () => {
    for (let seed = 1; seed <= 1500; seed += 1) {
      const instance = randomInstance(seed, 7, 4, seed % 2 === 0 ? 2 : 3);
      const result = optimizeAssignment(instance);
      const best = bruteForceOptimum(instance);
      expectFeasible(instance, result);
      expect({ seed, assigned: result.assigned }).toEqual({ seed, assigned: best.assigned });
      expect(result.objective).toBeCloseTo(best.objective, 9);
    }
  });

  it("assigns as many clients as possible before maximizing the score", () => {
    const instance: AssignmentInstance = {
      agents: [{ id: "x", capacity: 1 }, { id: "y", capacity: 1 }],
      clients: [
        { id: "keen", candidates: [{ agent: "x", score: 0.95 }, { agent: "y", score: 0.9 }] },
        { id: "picky", candidates: [{ agent: "x", score: 0.05 }] },
        { id: "extra", candidates: [{ agent: "y", score: 0.9 }] },
      ],
    };
    const result = optimizeAssignment(instance);
    expect(result.assigned).toBe(2);
    expect(result.assignments).toEqual([{ client: "keen", agent: "x" }, { client: "extra", agent: "y" }]);
    expect(result.objective).toBeCloseTo(1.85, 12);

    const tight = { ...instance, clients: instance.clients.slice(0, 2) };
    expect(optimizeAssignment(tight).assignments).toEqual([{ client: "keen", agent: "y" }, { client: "picky", agent: "x" }]);
  });

  it("returns the same assignment on every run when scores tie", () => {
    const instance: AssignmentInstance = {
      agents: ["a", "b", "c"].map((id) => ({ id, capacity: 2 })),
      clients: Array.from({ length: 6 }, (_, c) => ({
        id: `c${c}`,
        candidates: ["a", "b", "c"].map((agent) => ({ agent, score: 0.5 })),
      })),
    };
    const first = optimizeAssignment(instance);
    expect(first.assigned).toBe(6);
    expect(first.objective).toBe(3);
    for (let run = 0; run < 3; run += 1) expect(optimizeAssignment(instance)).toEqual(first);
  });

  it("handles an empty instance, clients without candidates and seats without capacity", () => {
    expect(optimizeAssignment({ agents: [], clients: [] })).toEqual({ objective: 0, assigned: 0, assignments: [] });
    const result = optimizeAssignment({
      agents: [{ id: "closed", capacity: 0 }, { id: "open", capacity: 5 }],
      clients: [
        { id: "lost", candidates: [] },
        { id: "only-closed", candidates: [{ agent: "closed", score: 1 }] },
        { id: "either", candidates: [{ agent: "closed", score: 1 }, { agent: "open", score: 0.2 }] },
      ],
    });
    expect(result).toEqual({ objective: 0.2, assigned: 1, assignments: [{ client: "either", agent: "open" }] });
  });

  it("assigns clients even at negative scores, and keeps the best score of a repeated candidate", () => {
    const result = optimizeAssignment({
      agents: [{ id: "a", capacity: 1 }],
      clients: [{ id: "c", candidates: [{ agent: "a", score: -0.5 }, { agent: "a", score: -0.25 }] }],
    });
    expect(result).toEqual({ objective: -0.25, assigned: 1, assignments: [{ client: "c", agent: "a" }] });
  });

  it("rejects malformed instances", () => {
    const agents = [{ id: "a", capacity: 1 }];
    expect(() => optimizeAssignment({ agents: [...agents, ...agents], clients: [] })).toThrow(/duplicate agent id "a"/);
    expect(() => optimizeAssignment({ agents: [{ id: "a", capacity: -1 }], clients: [] })).toThrow(/capacity -1/);
    expect(() => optimizeAssignment({ agents: [{ id: "a", capacity: 1.5 }], clients: [] })).toThrow(/non-negative integer/);
    const client = { id: "c", candidates: [{ agent: "zz", score: 1 }] };
    expect(() => optimizeAssignment({ agents, clients: [client] })).toThrow(/unknown agent "zz"/);
    const twice = { id: "c", candidates: [] };
    expect(() => optimizeAssignment({ agents, clients: [twice, twice] })).toThrow(/duplicate client id "c"/);
    const nan = { id: "c", candidates: [{ agent: "a", score: Number.NaN }] };
    expect(() => optimizeAssignment({ agents, clients: [nan] })).toThrow(/non-finite score/);
  });
});
