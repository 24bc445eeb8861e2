import { describe, expect, it } from "vitest";
import { DEFAULT_IMBALANCE_THRESHOLDS, detectImbalance } from "./imbalance";

const seats = [
  { id: "over", capacity: 10, load: 11 },
  { id: "full", capacity: 10, load: 10 },
  { id: "busy", capacity: 10, load: 9.5 },
  { id: "normal", capacity: 10, load: 5 },
  { id: "idle", capacity: 10, load: 3 },
  { id: "empty", capacity: 10, load: 0 },
  { id: "closed", capacity: 0, load: 0 },
  { id: "closed-but-holding", capacity: 0, load: 2 },
];

describe("detectImbalance", () => {
  it("flags seats above capacity as overloaded and seats at or below 30% as idle by default", () => {
    expect(DEFAULT_IMBALANCE_THRESHOLDS).toEqual({ overloaded: 1, idle: 0.3 });
    expect(detectImbalance(seats)).toEqual({
      overloaded: ["over", "closed-but-holding"],
      idle: ["idle", "empty"],
    });
  });

  it("takes custom thresholds, each defaulting on its own", () => {
    expect(detectImbalance(seats, { overloaded: 0.9 }).overloaded).toEqual(["over", "full", "busy", "closed-but-holding"]);
    expect(detectImbalance(seats, { idle: 0 }).idle).toEqual(["empty"]);
  });

  it("returns nothing for no seats", () => {
    expect(detectImbalance([])).toEqual({ overloaded: [], idle: [] });
  });
});
