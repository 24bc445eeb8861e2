import { describe, expect, it } from "vitest";
import { findPhrase, isNegated, normalizeText, phrase } from "./text-signals";

describe("normalizeText", () => {
  it("lowercases, removes accents, straightens apostrophes and collapses spaces", () => {
    expect(normalizeText("  Quiero  VENDER mi casa   rápido ")).toBe("quiero vender mi casa rapido");
    expect(normalizeText("What\u2019s my home worth?")).toBe("what's my home worth?");
    expect(normalizeText("Año\nseñor")).toBe("ano senor");
  });
});

describe("isNegated", () => {
  const at = (text: string, word: string) => isNegated(text, text.indexOf(word));

  it("sees a negation within three words before the phrase", () => {
    expect(at("i'm not selling yet", "selling")).toBe(true);
    expect(at("i don't need to sell fast", "need")).toBe(true);
  });

  it("ignores a negation in an earlier clause or further back", () => {
    expect(at("no, i need to sell fast", "sell fast")).toBe(false);
    expect(at("not sure if we really need to sell fast", "sell fast")).toBe(false);
  });
});

describe("findPhrase", () => {
  const rules = [phrase("sell fast", String.raw`\bsell fast\b`), phrase("probate", String.raw`\bprobate\b`, false)];

  it("returns the label and the text matched", () => {
    expect(findPhrase("we need to sell fast", rules)).toEqual({ label: "sell fast", matched: "sell fast" });
  });

  it("skips a negated occurrence but finds a later one", () => {
    expect(findPhrase("we don't sell fast usually. this time we must sell fast", rules)?.label).toBe("sell fast");
    expect(findPhrase("we don't sell fast", rules)).toBeNull();
  });

  it("keeps non-negatable phrases even after a negation", () => {
    expect(findPhrase("it is not in probate", rules)?.label).toBe("probate");
  });

  it("returns null for empty text and works when called repeatedly", () => {
    expect(findPhrase("", rules)).toBeNull();
    expect(findPhrase("sell fast", rules)).not.toBeNull();
    expect(findPhrase("sell fast", rules)).not.toBeNull();
  });
});
