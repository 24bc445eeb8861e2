import { describe, expect, it } from "vitest";
import { compareRanked, offerToTop, type Ranked } from "./ranking";
import { seat } from "./test-fixtures";

const ids = (top: Ranked[]) => top.map((r) => r.seat.id);

describe("offerToTop", () => {
  it("keeps the best entries, best first, and no more than asked", () => {
    const top: Ranked[] = [];
    [0.2, 0.9, 0.5, 0.7, 0.1].forEach((score, i) => offerToTop(top, seat(`s${i}`, "buyer_specialist"), score, 3));
    expect(ids(top)).toEqual(["s1", "s3", "s2"]);
  });

  it("breaks a score tie by the lower load ratio, then by the seat id", () => {
    const top: Ranked[] = [];
    offerToTop(top, seat("c", "buyer_specialist", { activeLoad: 5, capacity: 10 }), 0.5, 4);
    offerToTop(top, seat("b", "buyer_specialist", { activeLoad: 2, capacity: 10 }), 0.5, 4);
    offerToTop(top, seat("a", "buyer_specialist", { activeLoad: 5, capacity: 10 }), 0.5, 4);
    offerToTop(top, seat("d", "buyer_specialist", { activeLoad: 9, capacity: 10 }), 0.6, 4);
    expect(ids(top)).toEqual(["d", "b", "a", "c"]);
  });

  it("gives the same order whatever order the seats come in", () => {
    const seats = ["e", "a", "d", "b", "c"].map((id) => seat(id, "buyer_specialist"));
    const forward: Ranked[] = [];
    const backward: Ranked[] = [];
    seats.forEach((s) => offerToTop(forward, s, 0.5, 3));
    [...seats].reverse().forEach((s) => offerToTop(backward, s, 0.5, 3));
    expect(ids(forward)).toEqual(["a", "b", "c"]);
    expect(ids(backward)).toEqual(ids(forward));
  });
});

describe("compareRanked", () => {
  it("sorts by score, load ratio and id", () => {
    const r = (id: string, score: number, loadRatio: number): Ranked => ({ seat: seat(id, "buyer_specialist"), score, loadRatio });
    const sorted = [r("b", 0.5, 0.1), r("a", 0.5, 0.1), r("z", 0.9, 0.9), r("c", 0.5, 0)].sort(compareRanked);
    expect(sorted.map((x) => x.seat.id)).toEqual(["z", "c", "a", "b"]);
  });
});
