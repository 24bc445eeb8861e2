import { describe, expect, it } from "vitest";
import { selectMoves } from "./select-moves";

const move = (client: string, from: string, to: string) => ({ client, from, to, scoreBefore: 0.5, scoreAfter: 0.8 });
// Ana moves from a full seat A to B, which makes room on A for Bo coming from the overloaded C.
const plan = [move("ana", "A", "B"), move("bo", "C", "A")];
const seats = [
  { id: "A", capacity: 2, load: 2 },
  { id: "B", capacity: 3, load: 1 },
  { id: "C", capacity: 1, load: 2 },
];

describe("selectMoves", () => {
  it("accepts the whole plan", () => expect(selectMoves(plan, seats, new Set(["ana", "bo"]))).toEqual({ ok: true, moves: plan }));
  it("accepts a move that needs no other", () => expect(selectMoves(plan, seats, new Set(["ana"]))).toEqual({ ok: true, moves: [plan[0]] }));
  it("accepts choosing nothing", () => expect(selectMoves(plan, seats, new Set())).toEqual({ ok: true, moves: [] }));
  it("refuses a move into room another unselected move was to make, naming both", () => {
    const result = selectMoves(plan, seats, new Set(["bo"]), (id) => ({ A: "Maria", bo: "Bo Chen", ana: "Ana Ruiz" })[id] ?? id);
    expect(result).toEqual({ ok: false, error: expect.stringContaining("Maria has room for Bo Chen only if Ana Ruiz moves away too") });
  });
  it("lets an already overloaded seat stay as full as it was", () => {
    const over = [{ id: "A", capacity: 1, load: 3 }, { id: "B", capacity: 5, load: 0 }];
    expect(selectMoves([move("x", "B", "A"), move("y", "A", "B")], over, new Set(["y"])).ok).toBe(true);
  });
  it("refuses clients that are not in the preview", () => expect(selectMoves(plan, seats, new Set(["zed"])).ok).toBe(false));
});
