import { describe, expect, it } from "vitest";
import { compileInstance } from "./compile-instance";
import { solveBySuccessiveShortestPaths } from "./successive-shortest-paths";
import { randomInstance } from "./test-support";
import type { CompiledInstance } from "./types";

/**
 * Textbook min-cost max-flow as an independent reference: source -> client (1) -> seat (1, cost
 * -score) -> sink (capacity), augmenting one unit at a time along a cheapest path found by
 * Bellman-Ford (queue-based), with no potentials. Stopping at maximum flow gives the cheapest
 * maximum flow: most clients assigned, then highest score.
 */
function referenceOptimum(instance: CompiledInstance): { assigned: number; objective: number } {
  const { clientCount: n, seatCount: m } = instance;
  const source = n + m;
  const sink = source + 1;
  const to: number[] = [];
  const capacity: number[] = [];
  const cost: number[] = [];
  const out: number[][] = Array.from({ length: sink + 1 }, () => []);
  const addEdge = (from: number, target: number, cap: number, price: number): void => {
    out[from]!.push(to.length);
    to.push(target, from);
    capacity.push(cap, 0);
    cost.push(price, -price);
    out[target]!.push(to.length - 1);
  };
  for (let c = 0; c < n; c += 1) {
    addEdge(source, c, 1, 0);
    for (let e = instance.edgeStart[c]!; e < instance.edgeStart[c + 1]!; e += 1) addEdge(c, n + instance.edgeSeat[e]!, 1, -instance.edgeScore[e]!);
  }
  for (let s = 0; s < m; s += 1) addEdge(n + s, sink, instance.capacity[s]!, 0);

  let assigned = 0;
  let totalCost = 0;
  for (;;) {
    const dist = new Array<number>(sink + 1).fill(Infinity);
    const via = new Array<number>(sink + 1).fill(-1);
    const queued = new Array<boolean>(sink + 1).fill(false);
    const queue = [source];
    dist[source] = 0;
    while (queue.length > 0) {
      const node = queue.shift()!;
      queued[node] = false;
      for (const edge of out[node]!) {
        if (capacity[edge]! <= 0 || dist[node]! + cost[edge]! >= dist[to[edge]!]! - 1e-12) continue;
        dist[to[edge]!] = dist[node]! + cost[edge]!;
        via[to[edge]!] = edge;
        if (queued[to[edge]!]) continue;
        queued[to[edge]!] = true;
        queue.push(to[edge]!);
      }
    }
    if (dist[sink] === Infinity) break;
    for (let node = sink; node !== source; node = to[via[node]! ^ 1]!) {
      capacity[via[node]!]! -= 1;
      capacity[via[node]! ^ 1]! += 1;
    }
    assigned += 1;
    totalCost += dist[sink]!;
  }
  return { assigned, objective: -totalCost };
}

describe("solveBySuccessiveShortestPaths", () => {
  it("agrees with a plain Bellman-Ford min-cost flow on 300 medium random instances", () => {
    for (let seed = 1; seed <= 300; seed += 1) {
      const compiled = compileInstance(randomInstance(10_000 + seed, 40, 8, seed % 3 === 0 ? 3 : 6));
      const chosen = solveBySuccessiveShortestPaths(compiled);
      const load = new Int32Array(compiled.seatCount);
      let assigned = 0;
      let objective = 0;
      chosen.forEach((edge, client) => {
        if (edge < 0) return;
        expect(edge).toBeGreaterThanOrEqual(compiled.edgeStart[client]!);
        expect(edge).toBeLessThan(compiled.edgeStart[client + 1]!);
        load[compiled.edgeSeat[edge]!]! += 1;
        assigned += 1;
        objective += compiled.edgeScore[edge]!;
      });
      load.forEach((l, seat) => expect(l).toBeLessThanOrEqual(compiled.capacity[seat]!));
      const reference = referenceOptimum(compiled);
      expect({ seed, assigned }).toEqual({ seed, assigned: reference.assigned });
      expect(objective).toBeCloseTo(reference.objective, 9);
    }
  });

  it("leaves clients without candidates out and fills nothing when there is no capacity", () => {
    const compiled = compileInstance({
      agents: [{ id: "a", capacity: 0 }],
      clients: [{ id: "x", candidates: [] }, { id: "y", candidates: [{ agent: "a", score: 1 }] }],
    });
    expect([...solveBySuccessiveShortestPaths(compiled)]).toEqual([-1, -1]);
  });
});
