import { compileInstance, toAssignmentResult } from "./compile-instance";
import type { AssignmentInstance, AssignmentResult } from "./types";

/**
 * Best-first greedy assignment: walk all (client, seat) pairs from the highest score down and
 * take a pair whenever the client is still free and the seat still has room. This is roughly
 * what score-ordered round-robin routing in a CRM achieves; it is fast and usually decent but
 * not optimal (a client can take the last place at a seat that another client needed more) and
 * it may even leave clients unassigned that a better arrangement would place. Used as the
 * baseline the exact optimizer is compared against. Ties go to the earlier client, then to the
 * earlier candidate. Throws on malformed input (see `compileInstance`).
 */
export function greedyAssignment(instance: AssignmentInstance): AssignmentResult {
  const compiled = compileInstance(instance);
  const { clientCount, edgeStart, edgeSeat, edgeScore, capacity } = compiled;
  const edgeClient = new Int32Array(edgeSeat.length);
  for (let c = 0; c < clientCount; c += 1) edgeClient.fill(c, edgeStart[c]!, edgeStart[c + 1]!);
  const order = Int32Array.from({ length: edgeSeat.length }, (_, e) => e);
  order.sort((a, b) => edgeScore[b]! - edgeScore[a]! || a - b);

  const chosenEdge = new Int32Array(clientCount).fill(-1);
  const load = new Int32Array(compiled.seatCount);
  for (const edge of order) {
    const client = edgeClient[edge]!;
    const seat = edgeSeat[edge]!;
    if (chosenEdge[client]! >= 0 || load[seat]! >= capacity[seat]!) continue;
    chosenEdge[client] = edge;
    load[seat]! += 1;
  }
  return toAssignmentResult(instance, compiled, chosenEdge);
}
