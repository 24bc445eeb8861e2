import { describe, expect, it } from "vitest";
import { jsonNestingDepth } from "./json-depth";

describe("measuring JSON nesting without parsing", () => {
  it("counts objects and arrays", () => {
    expect(jsonNestingDepth("1")).toBe(0);
    expect(jsonNestingDepth('{"a":[1,{"b":[]}]}')).toBe(4);
  });

  it("ignores brackets inside strings, escaped quotes included", () => {
    expect(jsonNestingDepth('{"a":"[[[{{{","b":"\\"[[["}')).toBe(1);
  });

  it("stops early on an absurdly deep body instead of walking all of it", () => {
    const deep = "[".repeat(200_000) + "]".repeat(200_000);
    expect(jsonNestingDepth(deep, 32)).toBe(33);
    expect(jsonNestingDepth(deep)).toBe(200_000);
  });
});
