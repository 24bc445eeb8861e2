import { describe, expect, it } from "vitest";
import { optimizeAssignment } from "./optimize-assignment";
import { planRebalance, type RebalanceInput } from "./rebalance-plan";
import { seededRandom } from "./test-support";

/** Seats s0..s{k-1}; clients piled onto s0 (and others at random), scoring every seat. */
function randomInput(seed: number): RebalanceInput {
  const rand = seededRandom(seed);
  const seatCount = 2 + Math.floor(rand() * 5);
  const seats = Array.from({ length: seatCount }, (_, s) => {
    const capacity = Math.floor(rand() * 8);
    return { id: `s${s}`, capacity, currentLoad: Math.floor(rand() * (capacity + 2)) };
  });
  const clients = Array.from({ length: Math.floor(rand() * 20) }, (_, c) => ({
    id: `c${c}`,
    currentSeat: rand() < 0.1 ? null : rand() < 0.5 ? "s0" : `s${Math.floor(rand() * seatCount)}`,
    candidates: seats.filter(() => rand() < 0.7).map((seat) => ({ seat: seat.id, score: Math.round(rand() * 10) / 10 })),
  }));
  return { seats, clients };
}

describe("planRebalance", () => {
  const input: RebalanceInput = {
    seats: [
      { id: "ana", capacity: 3, currentLoad: 1 },
      { id: "bot", capacity: 10, currentLoad: 0 },
      { id: "cai", capacity: 4, currentLoad: 0 },
    ],
    clients: [
      [0.9, 0.5, 0.2],
      [0.8, 0.5, 0.2],
      [0.7, 0.5, 0.3],
      [0.6, 0.2, 0.55],
    ].map(([ana, bot, cai], k) => ({
      id: `k${k + 1}`,
      currentSeat: "ana",
      candidates: [
        { seat: "ana", score: ana! },
        { seat: "bot", score: bot! },
        { seat: "cai", score: cai! },
      ],
    })),
  };

  it("moves clients off an overloaded seat to where they score best", () => {
    const plan = planRebalance(input);
    expect(plan.loadBefore).toEqual({ ana: 5, bot: 0, cai: 0 });
    expect(plan.overloadedBefore).toEqual(["ana"]);
    expect(plan.idleBefore).toEqual(["bot", "cai"]);
    expect(plan.loadAfter).toEqual({ ana: 3, bot: 1, cai: 1 });
    expect(plan.overloadedAfter).toEqual([]);
    expect(plan.moves).toEqual([
      { client: "k3", from: "ana", to: "bot", scoreBefore: 0.7, scoreAfter: 0.5 },
      { client: "k4", from: "ana", to: "cai", scoreBefore: 0.6, scoreAfter: 0.55 },
    ]);
    expect(plan.totalBefore).toBeCloseTo(3, 12);
    expect(plan.totalAfter).toBeCloseTo(2.75, 12);
    expect(plan.scoreGained).toBeCloseTo(-0.25, 12);
    expect(plan.unplaced).toEqual([]);
  });

  it("keeps clients in place when moving gains nothing", () => {
    const tied: RebalanceInput = {
      seats: [{ id: "a", capacity: 5, currentLoad: 0 }, { id: "b", capacity: 5, currentLoad: 0 }],
      clients: ["x", "y", "z"].map((id) => ({ id, currentSeat: "b", candidates: [{ seat: "a", score: 0.5 }, { seat: "b", score: 0.5 }] })),
    };
    expect(planRebalance(tied).moves).toEqual([]);
  });

  it("places unheld clients, scores a current seat outside the candidates as 0, and keeps clients nobody has room for", () => {
    const plan = planRebalance({
      seats: [{ id: "a", capacity: 1, currentLoad: 0 }, { id: "full", capacity: 1, currentLoad: 1 }],
      clients: [
        { id: "new", currentSeat: null, candidates: [{ seat: "a", score: 0.3 }] },
        { id: "stuck", currentSeat: "full", candidates: [{ seat: "a", score: 0.1 }] },
      ],
    });
    expect(plan.moves).toEqual([{ client: "new", from: null, to: "a", scoreBefore: 0, scoreAfter: 0.3 }]);
    expect(plan.unplaced).toEqual(["stuck"]);
    expect(plan.loadAfter).toEqual({ a: 1, full: 2 });
    expect(plan.overloadedAfter).toEqual(["full"]);
    expect(() => planRebalance({ seats: [], clients: [{ id: "x", currentSeat: "ghost", candidates: [] }] })).toThrow(/unknown seat "ghost"/);
  });

  it("never exceeds capacity unless a client cannot be placed, and reaches the optimum", () => {
    for (let seed = 1; seed <= 300; seed += 1) {
      const random = randomInput(seed);
      const plan = planRebalance(random);
      const capacity = new Map(random.seats.map((seat) => [seat.id, seat.capacity]));
      const fixed = new Map(random.seats.map((seat) => [seat.id, seat.currentLoad]));
      for (const [seat, load] of Object.entries(plan.loadAfter)) {
        const stuck = random.clients.filter((c) => plan.unplaced.includes(c.id) && c.currentSeat === seat).length;
        expect(load - stuck).toBeLessThanOrEqual(Math.max(capacity.get(seat)!, fixed.get(seat)!));
      }
      const gained = plan.moves.reduce((sum, move) => sum + move.scoreAfter - move.scoreBefore, 0);
      expect(plan.scoreGained).toBeCloseTo(gained, 9);
      const moved = new Set(plan.moves.map((move) => move.client));
      for (const client of random.clients) if (!moved.has(client.id) && !plan.unplaced.includes(client.id)) expect(client.currentSeat).not.toBeNull();

      const optimum = optimizeAssignment({
        agents: random.seats.map((seat) => ({ id: seat.id, capacity: Math.max(0, seat.capacity - seat.currentLoad) })),
        clients: random.clients.map((client) => ({
          id: client.id,
          candidates: [
            ...client.candidates.map(({ seat, score }) => ({ agent: seat, score })),
            ...(client.currentSeat !== null && !client.candidates.some((c) => c.seat === client.currentSeat) ? [{ agent: client.currentSeat, score: 0 }] : []),
          ],
        })),
      });
      const placedScore = plan.totalAfter - random.clients.filter((c) => plan.unplaced.includes(c.id)).reduce((sum, c) => sum + (c.currentSeat === null ? 0 : (c.candidates.find((k) => k.seat === c.currentSeat)?.score ?? 0)), 0);
      expect(random.clients.length - plan.unplaced.length).toBe(optimum.assigned);
      expect(placedScore).toBeCloseTo(optimum.objective, 6);
    }
  });
});
