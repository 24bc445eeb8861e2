import { describe, expect, it } from "vitest";
import { DEFAULT_ESCALATION_THRESHOLDS } from "./triggers";
import { messageSentiment } from "./sentiment";

const upset = DEFAULT_ESCALATION_THRESHOLDS.negativeSentiment;

describe("messageSentiment", () => {
  it("reads a clearly upset client as strongly negative, in English and Spanish", () => {
    for (const text of ["This is unacceptable, I'm furious nobody called back", "Worst experience ever, you lied to us", "Estoy muy enojado, esto es pesimo", "Qué horror, es una estafa"]) {
      expect(messageSentiment(text)!).toBeLessThanOrEqual(upset);
    }
  });

  it("does not call mild or negated words upset", () => {
    expect(messageSentiment("A bit worried about the rates")!).toBeGreaterThan(upset);
    expect(messageSentiment("A bit worried about the rates")!).toBeLessThan(0);
    expect(messageSentiment("Terrible traffic today but the house was amazing and we love it")!).toBeGreaterThan(0);
    expect(messageSentiment("No estoy contento con el precio")!).toBeLessThan(0);
  });

  it("weighs what comes after 'pero' over what comes before, as VADER does with 'but'", () => {
    expect(messageSentiment("La casa es bonita pero muy cara")!).toBeLessThan(0.2);
    expect(messageSentiment("La casa es bonita")!).toBeGreaterThanOrEqual(0.2);
  });

  it("has no mood for a message without feeling words or a plain answer", () => {
    expect(messageSentiment("Call me at 5 about the Etiwanda house")).toBeNull();
    expect(messageSentiment("¿Cuántos cuartos tiene la casa?")).toBeNull();
    expect(messageSentiment("")).toBeNull();
    for (const answer of ["ok", "k", "no", "Sí", "not yet", "Okay!"]) expect(messageSentiment(answer)).toBeNull();
  });

  it("reads thanks and excitement as positive, within -1..1", () => {
    expect(messageSentiment("Thank you so much, we are so excited and happy!")!).toBeGreaterThanOrEqual(0.8);
    expect(messageSentiment("Muchas gracias, estamos felices con la casa")!).toBeGreaterThanOrEqual(0.6);
    expect(messageSentiment("WE GOT THE KEYS!!! BEST DAY EVER, THANK YOU!!!")!).toBeLessThanOrEqual(1);
  });

  it("scores a short Spanish complaint that language detection cannot call", () => {
    expect(messageSentiment("Pésimo servicio")!).toBeLessThanOrEqual(upset);
  });
});
