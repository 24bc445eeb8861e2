/**
 * Seeded random instances for the rebalance benchmark: seats on a ring (think neighbourhoods or
 * specialties), each with a quality and a capacity; every client sits somewhere on the ring and
 * lists `candidatesPerClient` distinct nearby seats. A pairing scores
 * 0.45 * seat quality + 0.45 * closeness + 0.1 * noise, in 0..1, so good seats are wanted by many
 * clients and contention is local, which is what makes greedy routing fall short.
 */
import type { AssignmentInstance } from "@/lib/domain/rebalance/types";
import { seededRandom } from "@/lib/domain/rebalance/test-support";

export interface InstanceSpec {
  clients: number;
  agents: number;
  candidatesPerClient: number;
  seed: number;
  /** Total capacity over the number of clients; drawn from 1.1..1.3 when omitted. */
  capacityRatio?: number;
}

/** A reproducible random instance; the same spec always yields the same instance. */
export function generateInstance(spec: InstanceSpec): AssignmentInstance {
  const { clients: clientCount, agents: agentCount, seed } = spec;
  const rand = seededRandom(seed);
  const perClient = Math.min(spec.candidatesPerClient, agentCount);
  const ratio = spec.capacityRatio ?? 1.1 + 0.2 * rand();

  const quality = Array.from({ length: agentCount }, () => Math.sqrt(rand()));
  const weight = Array.from({ length: agentCount }, () => 0.5 + rand());
  const weightSum = weight.reduce((sum, w) => sum + w, 0);
  const capacity = weight.map((w) => Math.floor((w / weightSum) * ratio * clientCount));
  let missing = Math.round(ratio * clientCount) - capacity.reduce((sum, c) => sum + c, 0);
  for (let a = 0; missing > 0; a = (a + 1) % agentCount, missing -= 1) capacity[a]! += 1;
  const agents = capacity.map((cap, a) => ({ id: `agent-${a}`, capacity: cap }));

  const window = Math.min(agentCount, 3 * perClient);
  const slots = new Int32Array(window);
  const clients = Array.from({ length: clientCount }, (_, c) => {
    const position = rand() * agentCount;
    const first = Math.floor(position - window / 2);
    for (let k = 0; k < window; k += 1) slots[k] = k;
    const candidates = [];
    for (let k = 0; k < perClient; k += 1) {
      const pick = k + Math.floor(rand() * (window - k));
      const offset = slots[pick]!;
      slots[pick] = slots[k]!;
      slots[k] = offset;
      const a = (((first + offset) % agentCount) + agentCount) % agentCount;
      const closeness = 1 - Math.abs(first + offset + 0.5 - position) / window;
      const score = 0.45 * quality[a]! + 0.45 * Math.max(0, closeness) + 0.1 * rand();
      candidates.push({ agent: `agent-${a}`, score: Math.round(score * 1e9) / 1e9 });
    }
    return { id: `client-${c}`, candidates };
  });
  return { agents, clients };
}
