import { describe, expect, it } from "vitest";
import { findConsentKeyword } from "./opt-out-keywords";

describe("consent keywords", () => {
  it("finds a clause that is only a keyword, with polite words around it", () => {
    expect(findConsentKeyword("Stop please!!")).toEqual({ kind: "optOut", language: "en", excerpt: "Stop please" });
    expect(findConsentKeyword("Wrong number, please remove")).toMatchObject({ kind: "optOut", excerpt: "please remove" });
    expect(findConsentKeyword("Baja por favor")).toMatchObject({ kind: "optOut", language: "es" });
    expect(findConsentKeyword("UNSTOP")).toMatchObject({ kind: "optIn" });
  });

  it("ignores a keyword inside a sentence or in quotes", () => {
    expect(findConsentKeyword("Stop-and-go traffic on the 10")).toBeUndefined();
    expect(findConsentKeyword('Do I text "stop" to get off the HOA list')).toBeUndefined();
    expect(findConsentKeyword("La recámara está en la planta baja")).toBeUndefined();
    expect(findConsentKeyword("Stop! That price is amazing")).toBeUndefined();
    expect(findConsentKeyword("Stop! That price is amazing. STOP")).toMatchObject({ kind: "optOut", excerpt: "Stop" });
  });
});
