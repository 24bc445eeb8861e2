import { describe, expect, it } from "vitest";
import { chainNeedsAlternatives, type ChainSeat, nextInChain } from "./fallback-chain";

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
    expect(nextInChain(base)).toEqual({ seatId: "b", via: "runner_up", promotes: false, skipped: [{ seatId: "a", reason: "already offered" }] });
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
      via: "overseer",
      promotes: false,
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
    expect(r).toMatchObject({ seatId: "jorge", via: "overseer" });
  });

  it("reaches Jorge through the overseer rule even when he was a runner-up passed over for presence", () => {
    const r = nextInChain({ ...base, runnersUp: [{ seatId: "jorge", score: 0.95 }], tried: new Set(), seats: seats(seat("jorge", { presence: "away" })) });
    expect(r).toEqual({ seatId: "jorge", via: "overseer", promotes: false, skipped: [{ seatId: "jorge", reason: "away" }] });
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

  it("offers the teammate the decliner named before anyone else", () => {
    expect(nextInChain({ ...base, named: "c" })).toEqual({ seatId: "c", via: "named", promotes: false, skipped: [] });
  });

  it("says why the named teammate cannot take it, and goes on down the chain", () => {
    const place = { teamRole: "lead" as const, role: "buyer_specialist" as const, market: { id: "m-et", name: "Etiwanda" }, language: "es" };
    const r = nextInChain({
      ...base,
      place,
      named: "maria",
      seats: seats(seat("a"), seat("b", { languages: ["en", "es"] }), seat("c"), seat("maria", { role: "listing_specialist", marketIds: ["m-fo"], languages: ["en", "es"] }), seat("jorge")),
    });
    expect(r).toEqual({ seatId: "b", via: "runner_up", promotes: false, skipped: [{ seatId: "maria", reason: "does not cover Etiwanda", named: true }, { seatId: "a", reason: "already offered" }] });
    const full = nextInChain({ ...base, named: "b", seats: seats(seat("a"), seat("b", { activeLoad: 12 }), seat("c"), seat("jorge")) });
    expect(full).toMatchObject({ seatId: "c", skipped: [{ seatId: "b", reason: "at capacity 12/12", named: true }, { seatId: "a", reason: "already offered" }] });
  });

  it("checks a runner-up's language and a named seat's role against the place", () => {
    const place = { teamRole: "lead" as const, role: "buyer_specialist" as const, market: null, language: "es" };
    const r = nextInChain({ ...base, place, named: "mkt", tried: new Set(["a"]), seats: seats(seat("a"), seat("b", { languages: ["en"] }), seat("c", { languages: ["es"] }), seat("mkt", { role: "marketing" }), seat("jorge")) });
    expect(r).toMatchObject({ seatId: "c", skipped: [{ seatId: "mkt", reason: "marketing specialist seats do not lead clients", named: true }, { seatId: "a" }, { seatId: "b", reason: "does not speak Spanish" }] });
  });

  it("asks the best eligible seats now once the stored runners-up are used up, before Jorge", () => {
    const tried = new Set(["a", "b", "c"]);
    expect(chainNeedsAlternatives(nextInChain({ ...base, tried }))).toBe(true);
    const r = nextInChain({ ...base, tried, alternatives: [{ seatId: "b", score: 0.9 }, { seatId: "d", score: 0.6 }], seats: seats(seat("a"), seat("b"), seat("c"), seat("d"), seat("jorge")) });
    expect(r).toMatchObject({ seatId: "d", via: "alternative" });
    expect(chainNeedsAlternatives(r)).toBe(false);
  });

  it("moves a seat supporting the client up to the lead place when Jorge passes it on", () => {
    const r = nextInChain({
      ...base,
      runnersUp: [{ seatId: "list", score: 0.8 }, { seatId: "list2", score: 0.7 }],
      tried: new Set(["jorge"]),
      onTeam: new Set(["list", "geo"]),
      supporting: new Set(["list", "geo"]),
      seats: seats(seat("list", { activeLoad: 12 }), seat("list2"), seat("geo"), seat("jorge")),
    });
    // Its support place frees a slot, so a full seat can still move up.
    expect(r).toEqual({ seatId: "list", via: "runner_up", promotes: true, skipped: [] });
  });

  it("never ends a chain with Jorge when he is the one who passed it on", () => {
    const r = nextInChain({ ...base, runnersUp: [], tried: new Set(["jorge"]) });
    expect(r).toEqual({ exhausted: true, skipped: [] });
  });

  it("passes over a seat holding another place on a support chain", () => {
    const r = nextInChain({ ...base, teamRole: "support", tried: new Set(["a"]), onTeam: new Set(["b"]), supporting: new Set(["b"]) });
    expect(r).toMatchObject({ seatId: "c", skipped: [{ seatId: "a" }, { seatId: "b", reason: "already on the team" }] });
  });
});
