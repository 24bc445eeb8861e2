import type { AssignmentInstance, AssignmentResult, CompiledInstance } from "./types";

/**
 * Validates an instance and turns it into index arrays the optimizers can scan quickly.
 * Throws on duplicate agent or client ids, a capacity that is not a non-negative integer, a
 * candidate naming an unknown agent and a score that is not finite, because each of those means
 * the caller built the instance wrongly. A client listing the same agent twice keeps the best
 * score. Capacities are capped at the number of clients listing the seat, which changes nothing
 * and bounds the memory the solver reserves per seat.
 */
export function compileInstance(instance: AssignmentInstance): CompiledInstance {
  const seatIndex = new Map<string, number>();
  instance.agents.forEach((agent, index) => {
    if (seatIndex.has(agent.id)) throw new Error(`duplicate agent id "${agent.id}"`);
    if (!Number.isInteger(agent.capacity) || agent.capacity < 0) {
      throw new Error(`agent "${agent.id}" has capacity ${agent.capacity}; expected a non-negative integer`);
    }
    seatIndex.set(agent.id, index);
  });
  const clientIds = new Set<string>();
  let edgeBound = 0;
  for (const client of instance.clients) {
    if (clientIds.has(client.id)) throw new Error(`duplicate client id "${client.id}"`);
    clientIds.add(client.id);
    edgeBound += client.candidates.length;
  }

  const seatCount = instance.agents.length;
  const clientCount = instance.clients.length;
  const edgeStart = new Int32Array(clientCount + 1);
  const edgeSeat = new Int32Array(edgeBound);
  const edgeScore = new Float64Array(edgeBound);
  const edgeAt = new Int32Array(seatCount).fill(-1);
  const degree = new Int32Array(seatCount);
  let edges = 0;
  instance.clients.forEach((client, c) => {
    edgeStart[c] = edges;
    for (const { agent, score } of client.candidates) {
      const seat = seatIndex.get(agent);
      if (seat === undefined) throw new Error(`client "${client.id}" lists unknown agent "${agent}"`);
      if (!Number.isFinite(score)) throw new Error(`client "${client.id}" has a non-finite score for agent "${agent}"`);
      const previous = edgeAt[seat]!;
      if (previous >= edgeStart[c]!) {
        edgeScore[previous] = Math.max(edgeScore[previous]!, score);
        continue;
      }
      edgeAt[seat] = edges;
      edgeSeat[edges] = seat;
      edgeScore[edges] = score;
      degree[seat]! += 1;
      edges += 1;
    }
  });
  edgeStart[clientCount] = edges;

  const capacity = new Int32Array(seatCount);
  instance.agents.forEach((agent, seat) => {
    capacity[seat] = Math.min(agent.capacity, degree[seat]!);
  });
  return {
    clientCount,
    seatCount,
    capacity,
    edgeStart,
    edgeSeat: edgeSeat.subarray(0, edges),
    edgeScore: edgeScore.subarray(0, edges),
  };
}

/**
 * Turns the chosen edge per client (-1 for none) back into ids, summing the original scores in
 * client order so that every optimizer reports its objective the same way.
 */
export function toAssignmentResult(
  instance: AssignmentInstance,
  compiled: CompiledInstance,
  chosenEdge: Int32Array,
): AssignmentResult {
  const assignments: AssignmentResult["assignments"] = [];
  let objective = 0;
  for (let c = 0; c < compiled.clientCount; c += 1) {
    const edge = chosenEdge[c]!;
    if (edge < 0) continue;
    objective += compiled.edgeScore[edge]!;
    assignments.push({ client: instance.clients[c]!.id, agent: instance.agents[compiled.edgeSeat[edge]!]!.id });
  }
  return { objective, assigned: assignments.length, assignments };
}
