import { describe, expect, it } from "vitest";
import { type ChainSeat, nextInChain } from "./fallback-chain";

const seat = (id: string, over: Partial<ChainSeat> = {}): ChainSeat => ({ id, kind: "human", presence: "available", capacity: 12, activeLoad: 3, ...over });
const seats = (...list: ChainSeat[]) => new Map(list.map((s) => [s.id, s]));
const base = {
  runnersUp: [{ seatId: "a", score: 0.9 }, { seatId: "b", score: 0.8 }, { seatId: "c", score: 0.7 }],
  tried: new Set(["a"]),
  seats: seats(seat("a"), seat("b"), seat("c"), seat("jorge")),
  overseerSeatId: "jorge",
  teamRole: "lead" as const,
};

describe("nextInChain", () => {
  it("offers the best runner-up not yet tried", () => {
    expect(nextInChain(base)).toEqual({ seatId: "b", viaOverseer: false, skipped: [{ seatId: "a", reason: "already offered" }] });
  });

  it("goes best first even when the runners-up are stored out of order", () => {
    const runnersUp = [{ seatId: "c", score: 0.7 }, { seatId: "b", score: 0.8 }];
    expect(nextInChain({ ...base, runnersUp, tried: new Set() })).toMatchObject({ seatId: "b", skipped: [] });
  });

  it("passes over away, at-capacity and opted-out seats, saying why", () => {
    const r = nextInChain({
      ...base,
      runnersUp: [...base.runnersUp, { seatId: "d", score: 0.6 }, { seatId: "gone", score: 0.55 }, { seatId: "e", score: 0.5 }],
      seats: seats(seat("a"), seat("b", { presence: "away" }), seat("c", { activeLoad: 12 }), seat("d", { kind: "ai", optedOutBlocked: true }), seat("e", { presence: "vacation" }), seat("jorge")),
    });
    expect(r).toEqual({
      seatId: "jorge",
      viaOverseer: true,
      skipped: [
        { seatId: "a", reason: "already offered" },
        { seatId: "b", reason: "away" },
        { seatId: "c", reason: "at capacity 12/12" },
        { seatId: "d", reason: "client opted out" },
        { seatId: "gone", reason: "no longer on the team" },
        { seatId: "e", reason: "vacation" },
      ],
    });
  });

  it("ends a lead place with Jorge whatever his presence and load", () => {
    const busyJorge = seats(seat("a"), seat("b"), seat("c"), seat("jorge", { presence: "offline", activeLoad: 40, capacity: 30 }));
    const r = nextInChain({ ...base, tried: new Set(["a", "b", "c"]), seats: busyJorge });
    expect(r).toMatchObject({ seatId: "jorge", viaOverseer: true });
  });

  it("reaches Jorge through the overseer rule even when he was a runner-up passed over for presence", () => {
    const r = nextInChain({ ...base, runnersUp: [{ seatId: "jorge", score: 0.95 }], tried: new Set(), seats: seats(seat("jorge", { presence: "away" })) });
    expect(r).toEqual({ seatId: "jorge", viaOverseer: true, skipped: [{ seatId: "jorge", reason: "away" }] });
  });

  it("is exhausted once Jorge was offered the lead place too", () => {
    const r = nextInChain({ ...base, tried: new Set(["a", "b", "c", "jorge"]) });
    expect(r).toMatchObject({ exhausted: true });
    expect(r.skipped).toHaveLength(3);
  });

  it("never sends a support place to Jorge", () => {
    expect(nextInChain({ ...base, teamRole: "support", tried: new Set(["a", "b", "c"]) })).toMatchObject({ exhausted: true });
  });

  it("is exhausted for a lead place when there is no overseer seat", () => {
    expect(nextInChain({ ...base, runnersUp: [], overseerSeatId: null })).toEqual({ exhausted: true, skipped: [] });
  });

  it("considers a seat listed twice once", () => {
    const runnersUp = [{ seatId: "a", score: 0.9 }, { seatId: "a", score: 0.85 }, { seatId: "b", score: 0.8 }];
    expect(nextInChain({ ...base, runnersUp }).skipped).toEqual([{ seatId: "a", reason: "already offered" }]);
  });
});
