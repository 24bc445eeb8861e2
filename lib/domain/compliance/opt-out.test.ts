import { describe, expect, it } from "vitest";
import { detectConsentSignal } from "./opt-out";

const out = (text: string) => detectConsentSignal(text).optOut;

describe("consent signal", () => {
  it("takes the keywords alone, in any case, with punctuation", () => {
    for (const text of ["STOP", "stop.", "Quit!", "end", "REVOKE", "opt-out", "Cancel", "Unsubscribe please", "BAJA", "alto", "Parar", "CANCELAR"]) {
      expect(out(text), text).toBe(true);
    }
  });

  it("takes plain-language requests in English and Spanish", () => {
    for (const text of ["stop texting me", "Please remove me from your list", "don't contact me again", "take me off", "no me manden más mensajes", "ya no me escriban", "no quiero recibir más mensajes", "bórrenme de su lista"]) {
      expect(out(text), text).toBe(true);
    }
    expect(detectConsentSignal("Ya no me escriban")).toMatchObject({ language: "es", excerpt: "Ya no me escriban" });
  });

  it("does not take the same words in another sense", () => {
    for (const text of ["I'll stop by Saturday", "no more than $600k", "nonstop flights", "cancel Tuesday's showing", "stop at the house on Baseline first", "the end of the month works", "can we quit early today", "don't stop sending listings!", "unsubscribe me from the HOA newsletter? ha", "Should I stop texting you and call instead?", "El precio está alto", "Stop calling, just text me"]) {
      expect(out(text), text).toBe(false);
    }
  });

  it("takes a bare 'Stop!' of delight as engagement, and every other STOP as an opt-out", () => {
    for (const text of ["Stop! That price is amazing", "Stop!!! Wow, what a deal", "Stop it! I love it, when can we see it?"]) {
      expect(out(text), text).toBe(false);
    }
    for (const text of ["STOP", "Stop.", "Stop!", "STOP please", "stop texting me", "Stop! Not interested", "Stop please! That price is amazing", "STOP. That price is amazing", "Stop! Amazing how you keep spamming me", "Ugh. Stop! Amazing."]) {
      expect(out(text), text).toBe(true);
    }
  });

  it("opts back in with START or UNSTOP, and the last word counts", () => {
    expect(detectConsentSignal("START")).toEqual({ optOut: false, optIn: true, excerpt: "START", language: "en" });
    expect(detectConsentSignal("unstop").optIn).toBe(true);
    expect(detectConsentSignal("Sí").optIn).toBe(false);
    expect(detectConsentSignal("I said stop texting me. Ok fine, START")).toMatchObject({ optOut: false, optIn: true });
  });
});
