import { describe, expect, it } from "vitest";
import { compileInstance, toAssignmentResult } from "./compile-instance";

describe("compileInstance", () => {
  const instance = {
    agents: [{ id: "a", capacity: 5 }, { id: "b", capacity: 1 }, { id: "c", capacity: 2 }],
    clients: [
      { id: "x", candidates: [{ agent: "b", score: 0.2 }, { agent: "a", score: 0.5 }, { agent: "b", score: 0.4 }] },
      { id: "y", candidates: [] },
      { id: "z", candidates: [{ agent: "a", score: -1 }] },
    ],
  };

  it("indexes candidates per client, merges a repeated seat to its best score and caps capacity at demand", () => {
    const compiled = compileInstance(instance);
    expect(compiled.clientCount).toBe(3);
    expect(compiled.seatCount).toBe(3);
    expect([...compiled.edgeStart]).toEqual([0, 2, 2, 3]);
    expect([...compiled.edgeSeat]).toEqual([1, 0, 0]);
    expect([...compiled.edgeScore]).toEqual([0.4, 0.5, -1]);
    expect([...compiled.capacity]).toEqual([2, 1, 0]);
  });

  it("turns chosen edges back into ids and sums the original scores", () => {
    const compiled = compileInstance(instance);
    expect(toAssignmentResult(instance, compiled, new Int32Array([0, -1, 2]))).toEqual({
      objective: 0.4 - 1,
      assigned: 2,
      assignments: [{ client: "x", agent: "b" }, { client: "z", agent: "a" }],
    });
  });

  it("names the offending id when rejecting an instance", () => {
    expect(() => compileInstance({ agents: [{ id: "a", capacity: Number.NaN }], clients: [] })).toThrow(/agent "a" has capacity NaN/);
    expect(() => compileInstance({ agents: [], clients: [{ id: "x", candidates: [{ agent: "q", score: 1 }] }] })).toThrow(/client "x" lists unknown agent "q"/);
    expect(() => compileInstance({ agents: [{ id: "a", capacity: 1 }], clients: [{ id: "x", candidates: [{ agent: "a", score: Infinity }] }] })).toThrow(/non-finite score/);
  });
});
