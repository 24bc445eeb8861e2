/**
 * Helpers shared by the rebalance tests: a seeded generator of small, awkward instances and a
 * brute-force optimum to check the optimizers against. Not used by application code.
 */
import type { AssignmentInstance } from "./types";

/** mulberry32: a tiny seedable generator of uniform numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A random instance with up to `maxClients` clients and `maxAgents` seats of capacity 0..maxCapacity.
 * Some instances use coarse scores (many exact ties), some negative scores, and candidate lists may
 * repeat a seat or be empty, so that the edge cases come up often.
 */
export function randomInstance(seed: number, maxClients = 7, maxAgents = 4, maxCapacity = 2): AssignmentInstance {
  const rand = seededRandom(seed);
  const agentCount = 1 + Math.floor(rand() * maxAgents);
  const clientCount = Math.floor(rand() * (maxClients + 1));
  const coarse = rand() < 0.3;
  const signed = rand() < 0.2;
  const agents = Array.from({ length: agentCount }, (_, a) => ({ id: `a${a}`, capacity: Math.floor(rand() * (maxCapacity + 1)) }));
  const clients = Array.from({ length: clientCount }, (_, c) => ({
    id: `c${c}`,
    candidates: Array.from({ length: Math.floor(rand() * (agentCount + 2)) }, () => {
      const raw = signed ? rand() * 2 - 1 : rand();
      return { agent: `a${Math.floor(rand() * agentCount)}`, score: coarse ? Math.round(raw * 4) / 4 : raw };
    }),
  }));
  return { agents, clients };
}

/**
 * The best (most clients assigned, then highest total score) over every possible assignment, by
 * depth-first search. Exponential: only for a handful of clients.
 */
export function bruteForceOptimum(instance: AssignmentInstance): { assigned: number; objective: number } {
  const room = new Map(instance.agents.map((agent) => [agent.id, agent.capacity]));
  let best = { assigned: -1, objective: -Infinity };
  const visit = (c: number, assigned: number, objective: number): void => {
    if (c === instance.clients.length) {
      if (assigned > best.assigned || (assigned === best.assigned && objective > best.objective)) best = { assigned, objective };
      return;
    }
    visit(c + 1, assigned, objective);
    for (const { agent, score } of instance.clients[c]!.candidates) {
      const left = room.get(agent)!;
      if (left <= 0) continue;
      room.set(agent, left - 1);
      visit(c + 1, assigned + 1, objective + score);
      room.set(agent, left);
    }
  };
  visit(0, 0, 0);
  return best;
}
