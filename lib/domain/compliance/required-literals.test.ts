import { describe, expect, it } from "vitest";
import { requiredLiterals } from "./required-literals";

const sorted = (source: string) => requiredLiterals(source)?.sort() ?? null;

describe("required literals", () => {
  it("takes the rarest stretch of plain text a match must hold", () => {
    expect(sorted("no[\\s\\-/]+(?:kids|children)")).toEqual(["children", "kids"]);
    expect(sorted("(?:very[\\s\\-/]+)?safe(?:st|r)?[\\s\\-/]+area")).toEqual(["safe"]);
    expect(sorted("his[\\s\\-/]+(?:and|&)[\\s\\-/]+hers")).toEqual(["hers"]);
    expect(sorted("sol(?:o|amente)")).toEqual(["solamente", "solo"]);
    expect(sorted("perfect[oa]")).toEqual(["perfecta", "perfecto"]);
  });

  it("lets zero-width parts and repeats through without inventing text", () => {
    expect(sorted("(?<!mutually[\\s\\-/]+)exclusive(?![\\s\\-/]+listing)")).toEqual(["exclusive"]);
    expect(sorted("\\bmust\\b[^.]{0,20}?climb")).toEqual(["climb"]);
    expect(sorted("(?:ab)*cd")).toEqual(["cd"]);
    expect(sorted("(?:ab)+")).toEqual(["ab"]);
    expect(sorted("55\\s*\\+")).toEqual(["55"]);
  });

  it("needs one word of every alternative, and nothing when an alternative needs none", () => {
    expect(sorted("adults?[\\s\\-/]+only|nadie")).toEqual(["adult", "nadie"]);
    expect(requiredLiterals("kids|\\d+")).toBeNull();
    expect(requiredLiterals("(?:kids)?")).toBeNull();
  });

  it("refuses an escape it cannot read rather than guess", () => {
    expect(() => requiredLiterals("\\u00e9l")).toThrow(/unsupported escape/);
  });
});
