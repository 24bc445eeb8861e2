import { describe, expect, it } from "vitest";
import { cleanJson, cleanText, isCleanText } from "./clean-text";

describe("cleaning text for PostgreSQL", () => {
  it("removes NULs and keeps every other character", () => {
    expect(cleanText("Hi\u0000 there\u0000")).toBe("Hi there");
    expect(cleanText("tab\tnew\nline é 😀")).toBe("tab\tnew\nline é 😀");
  });

  it("replaces a lone surrogate (half an emoji) with U+FFFD and keeps whole emoji", () => {
    const broken = "😀".slice(0, 1);
    expect(cleanText(`casa ${broken} 😀 \uDC00`)).toBe("casa \uFFFD 😀 \uFFFD");
    expect(isCleanText(cleanText(`a${broken}\u0000`))).toBe(true);
    expect(isCleanText("a\u0000")).toBe(false);
  });

  it("cleans every string of a parsed value, keys included, and keeps its shape", () => {
    const value = JSON.parse('{"na\\u0000me":"Lu\\u0000pe","tags":["\\ud83d",1,true,null],"deep":{"x":"\\udc00"}}');
    expect(cleanJson(value)).toEqual({ name: "Lupe", tags: ["\uFFFD", 1, true, null], deep: { x: "\uFFFD" } });
  });

  it("keeps a key named __proto__ as an ordinary key rather than a prototype", () => {
    const cleaned = cleanJson(JSON.parse('{"__proto__":{"polluted":true}}')) as Record<string, unknown>;
    expect(Object.getPrototypeOf(cleaned)).toBe(Object.prototype);
    expect(Object.hasOwn(cleaned, "__proto__")).toBe(true);
    expect((cleaned as { polluted?: boolean }).polluted).toBeUndefined();
  });
});
