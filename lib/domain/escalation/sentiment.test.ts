import { describe, expect, it } from "vitest";
import { DEFAULT_ESCALATION_THRESHOLDS } from "./triggers";
import { messageSentiment } from "./sentiment";

const upset = DEFAULT_ESCALATION_THRESHOLDS.negativeSentiment;

describe("messageSentiment", () => {
  it("reads a clearly upset client as strongly negative, in English and Spanish", () => {
    for (const text of ["This is unacceptable, I'm furious nobody called back", "Worst experience ever, you lied to us", "Estoy muy enojado, esto es pesimo"]) {
      expect(messageSentiment(text)!).toBeLessThanOrEqual(upset);
    }
  });

  it("does not call mild or negated words upset", () => {
    expect(messageSentiment("Not bad at all, thanks!")!).toBeGreaterThan(0);
    expect(messageSentiment("A bit worried about the rates")!).toBeGreaterThan(upset);
    expect(messageSentiment("Terrible traffic today but the house was amazing and we love it")!).toBeGreaterThan(upset);
  });

  it("has no mood for a message without feeling words", () => {
    expect(messageSentiment("Call me at 5 about the Etiwanda house")).toBeNull();
    expect(messageSentiment("")).toBeNull();
  });

  it("reads thanks and excitement as positive", () => {
    expect(messageSentiment("Thank you so much, we are so excited and happy!")!).toBeGreaterThanOrEqual(0.9);
  });
});
