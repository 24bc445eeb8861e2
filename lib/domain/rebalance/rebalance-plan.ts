import { detectImbalance, type ImbalanceThresholds } from "./imbalance";
import { optimizeAssignment } from "./optimize-assignment";

export interface RebalanceSeat {
  id: string;
  capacity: number;
  /** Clients the seat holds that cannot move (e.g. locked under contract). */
  currentLoad: number;
}

export interface RebalanceClient {
  id: string;
  /** The seat holding the client now, or null for a client nobody holds yet. */
  currentSeat: string | null;
  candidates: { seat: string; score: number }[];
}

export interface RebalanceInput {
  seats: RebalanceSeat[];
  /** The movable clients. A client on an overloaded seat must be among them. */
  clients: RebalanceClient[];
  thresholds?: Partial<ImbalanceThresholds>;
  /** Score a move must gain to be worth disturbing the client; defaults to STAY_BONUS (ties only). */
  moveThreshold?: number;
}

export interface RebalanceMove {
  client: string;
  from: string | null;
  to: string;
  scoreBefore: number;
  scoreAfter: number;
}

export interface RebalancePlan {
  /** In client input order. */
  moves: RebalanceMove[];
  totalBefore: number;
  totalAfter: number;
  scoreGained: number;
  loadBefore: Record<string, number>;
  loadAfter: Record<string, number>;
  overloadedBefore: string[];
  idleBefore: string[];
  overloadedAfter: string[];
  idleAfter: string[];
  /** Clients no seat had room for: they stay where they are (or unheld) and are not moved. */
  unplaced: string[];
}

/** Added to a client's current seat so that, between equally good plans, clients stay put. */
export const STAY_BONUS = 1e-9;

/**
 * A rebalance preview: where the movable clients should sit so that no seat goes over capacity,
 * as many clients as possible are placed, and the total score is maximal.
 *
 * Each seat offers the optimizer its capacity minus its fixed load. A client may always stay on
 * its current seat when there is room; a current seat missing from its candidates counts with
 * score 0. To avoid pointless moves between equally good plans, staying earns STAY_BONUS (or
 * the caller's moveThreshold, the least gain that justifies disturbing a client), so the plan
 * may give up at most (clients x that bonus) of score for fewer moves. Scores reported are the
 * original ones. Clients the optimizer cannot place keep their current seat (listed as
 * `unplaced`), which is the only way a seat can end over capacity. Throws on an unknown current
 * seat and on the malformed input `optimizeAssignment` rejects.
 */
export function planRebalance(input: RebalanceInput): RebalancePlan {
  const seatIds = new Set(input.seats.map((seat) => seat.id));
  const bestScores = input.clients.map((client) => {
    if (client.currentSeat !== null && !seatIds.has(client.currentSeat)) {
      throw new Error(`client "${client.id}" sits on unknown seat "${client.currentSeat}"`);
    }
    const best = new Map<string, number>();
    for (const { seat, score } of client.candidates) best.set(seat, Math.max(score, best.get(seat) ?? -Infinity));
    if (client.currentSeat !== null && !best.has(client.currentSeat)) best.set(client.currentSeat, 0);
    return best;
  });
  const result = optimizeAssignment({
    agents: input.seats.map((seat) => ({ id: seat.id, capacity: Math.max(0, seat.capacity - seat.currentLoad) })),
    clients: input.clients.map((client, c) => ({
      id: client.id,
      candidates: [...bestScores[c]!].map(([agent, score]) => ({
        agent,
        score: agent === client.currentSeat ? score + (input.moveThreshold ?? STAY_BONUS) : score,
      })),
    })),
  });
  const placedOn = new Map(result.assignments.map(({ client, agent }) => [client, agent]));

  const loadBefore = Object.fromEntries(input.seats.map((seat) => [seat.id, seat.currentLoad]));
  const loadAfter = { ...loadBefore };
  const plan = { moves: [] as RebalanceMove[], totalBefore: 0, totalAfter: 0, unplaced: [] as string[] };
  input.clients.forEach((client, c) => {
    const from = client.currentSeat;
    const scoreBefore = from === null ? 0 : bestScores[c]!.get(from)!;
    if (from !== null) loadBefore[from]! += 1;
    const to = placedOn.get(client.id) ?? from;
    if (!placedOn.has(client.id)) plan.unplaced.push(client.id);
    const scoreAfter = to === null ? 0 : bestScores[c]!.get(to)!;
    if (to !== null) loadAfter[to]! += 1;
    if (to !== null && to !== from) plan.moves.push({ client: client.id, from, to, scoreBefore, scoreAfter });
    plan.totalBefore += scoreBefore;
    plan.totalAfter += scoreAfter;
  });

  const utilization = (load: Record<string, number>) =>
    detectImbalance(input.seats.map((seat) => ({ id: seat.id, capacity: seat.capacity, load: load[seat.id]! })), input.thresholds);
  const before = utilization(loadBefore);
  const after = utilization(loadAfter);
  return {
    ...plan,
    scoreGained: plan.totalAfter - plan.totalBefore,
    loadBefore,
    loadAfter,
    overloadedBefore: before.overloaded,
    idleBefore: before.idle,
    overloadedAfter: after.overloaded,
    idleAfter: after.idle,
  };
}
