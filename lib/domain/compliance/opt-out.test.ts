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

  it("takes keywords typed loosely in a short message", () => {
    for (const text of ["Stopp", "STOPPP!", "s t o p", "S-T-O-P", "unsubscibe", "Unsuscribe", "Desuscribirme", "desuscríbanme"]) {
      expect(out(text), text).toBe(true);
    }
    for (const text of ["Step", "Sounds good", "And?", "Subscription?"]) {
      expect(out(text), text).toBe(false);
    }
  });

  it("takes formal revocations, do-not-contact lists and 'enough' in both languages", () => {
    for (const text of ["I revoke my consent to receive text messages.", "We withdraw our consent to be contacted.", "I no longer consent to receiving texts.", "Please delete my email address from your list", "Add me to your do not call list", "Put my number on the DNC list please", "Enough of these texts", "Enough with the messages already", "No más correos", "no más mensajes por favor", "Stop enviándome correos", "stop mandándome mensajes"]) {
      expect(out(text), text).toBe(true);
    }
    for (const text of ["The sellers withdrew the counter", "Enough with the questions, let's make an offer", "Stop the clock on the inspection"]) {
      expect(out(text), text).toBe(false);
    }
  });

  it("does not take leaving a loan, a title or a warranty as an opt-out", () => {
    for (const text of ["Remove me from the loan, my ex is buying me out", "Can you take me off the title?", "Remove us from the escrow", "We want to opt out of the home warranty", "I want to unsubscribe from the home warranty plan"]) {
      expect(out(text), text).toBe(false);
    }
  });

  it("does not take stopping calls while asking for texts, in Spanish too", () => {
    for (const text of ["Por favor paren de llamarme, mejor mándenme texto", "Dejen de llamarme, mejor mándenme un mensaje", "Ya no me llamen, mejor por texto"]) {
      expect(out(text), text).toBe(false);
    }
    expect(out("Paren de llamarme")).toBe(true);
  });

  it("takes a revocation of one channel as an opt-out and names that channel", () => {
    expect(detectConsentSignal("You can keep emailing me, but please stop the texts.")).toMatchObject({ optOut: true, channels: ["sms"] });
    expect(detectConsentSignal("Texts are fine, but I don't want the newsletter emails anymore.")).toMatchObject({ optOut: true, channels: ["email"] });
    expect(detectConsentSignal("Stop the emails, but keep texting me")).toMatchObject({ optOut: true, channels: ["email"] });
    expect(detectConsentSignal("Please keep texting me but stop emailing the PDFs")).toMatchObject({ optOut: true, channels: ["email"] });
    expect(detectConsentSignal("STOP").channels).toBeUndefined();
    expect(detectConsentSignal("Stop texting me. Ok fine, START")).toMatchObject({ optOut: false, optIn: true });
  });
});
