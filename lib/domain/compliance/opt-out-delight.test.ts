import { describe, expect, it } from "vitest";
import { isDelightedStop } from "./opt-out-delight";

describe("a delighted stop", () => {
  it("needs delight after the stop", () => {
    expect(isDelightedStop("", "! that price is amazing")).toBe(true);
    expect(isDelightedStop("wow. ", "! what a deal")).toBe(true);
    expect(isDelightedStop("", "! see you at 5")).toBe(false);
  });

  it("gives way to any word of refusal, annoyance or contact around it", () => {
    expect(isDelightedStop("", "! not interested, amazing")).toBe(false);
    expect(isDelightedStop("", "! amazing how you keep texting me")).toBe(false);
    expect(isDelightedStop("ugh. ", "! amazing")).toBe(false);
    expect(isDelightedStop("", "! no way, that's amazing")).toBe(true);
  });
});
