import { describe, expect, it } from "vitest";
import { clarity, excerptOf, isUnknownReply, mask, sentenceAround } from "./answer";

describe("answer helpers", () => {
  it("rates plain, hedged and unknown answers", () => {
    expect(clarity("60 days")).toBe(90);
    expect(clarity("maybe 60 days")).toBe(50);
    expect(clarity("tal vez en marzo")).toBe(50);
    expect(clarity("idk")).toBe(15);
    expect(clarity("no sé")).toBe(15);
    expect(clarity("yes", 80)).toBe(80);
    expect(clarity("not sure, could be two months")).toBe(50);
    expect(clarity("a month or so")).toBe(50);
  });

  it("knows a reply that says nothing", () => {
    expect(isUnknownReply("not sure yet")).toBe(true);
    expect(isUnknownReply("not sure, maybe 900k")).toBe(false);
    expect(isUnknownReply("idk, maybe nine hundred")).toBe(false);
    expect(isUnknownReply("no sé, como en un año")).toBe(false);
  });

  it("keeps offsets when blanking found words", () => {
    expect(mask("4 bed under 700k", [[0, 5]])).toBe("      under 700k");
    expect(excerptOf("Sure, 123 Main St.", 4, 18)).toBe("123 Main St");
  });
});

describe("the sentence around a finding", () => {
  it("keeps the sentence that says it", () => {
    expect(sentenceAround("Hi there. We are moving to Texas! Call me", 15)).toBe("We are moving to Texas");
    expect(sentenceAround("needs a new roof", 3)).toBe("needs a new roof");
  });
});
