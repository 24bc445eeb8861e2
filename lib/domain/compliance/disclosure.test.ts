import { describe, expect, it } from "vitest";
import { checkDisclosure } from "./disclosure";
import type { ReviewContext, ReviewInput } from "./review-input";

const inbound = (text: string): ReviewInput => ({ text, direction: "inbound", channel: "SMS" });
const outbound = (text: string): ReviewInput => ({ text, direction: "outbound", channel: "SMS" });
const ai: ReviewContext = { authorKind: "ai" };

describe("checkDisclosure", () => {
  it("finds a client asking whether they talk to a machine, in English and Spanish", () => {
    for (const text of ["are you a bot?", "Is this a real person", "am I texting with AI", "Are u real?", "¿Eres un robot?", "¿Hablo con una persona?", "¿es usted una persona real?", "¿Estoy hablando con inteligencia artificial?"]) {
      expect(checkDisclosure(inbound(text), undefined), text).toEqual([expect.objectContaining({ rule: "ai_disclosure", severity: "info", suggestion: expect.stringMatching(/automated assistant/) })]);
    }
  });

  it("does not take questions about the home for questions about the agent", () => {
    for (const text of ["Is this price real or negotiable?", "Is the gate automated?", "Is this the house on Haven Ave?", "¿Es real el precio de la casa?", "I'll ask a real person at the bank"]) {
      expect(checkDisclosure(inbound(text), undefined), text).toEqual([]);
    }
  });

  it("blocks an AI message claiming to be a person", () => {
    for (const text of ["Yes, I'm a real person on Jorge's team", "This is not a bot, promise", "I am human", "I'm not a robot", "Sí, soy una persona real", "No soy un robot"]) {
      expect(checkDisclosure(outbound(text), ai), text).toEqual([expect.objectContaining({ rule: "ai_disclosure", category: "claims_human", severity: "block" })]);
    }
  });

  it("lets an honest AI answer through, and a person say they are one", () => {
    for (const text of ["I'm the team's automated assistant, not a person; Jorge can call you today.", "Soy un asistente automático, no una persona.", "This is an AI assistant for Jorge Salas Real Estate."]) {
      expect(checkDisclosure(outbound(text), ai), text).toEqual([]);
    }
    expect(checkDisclosure(outbound("Yes, I'm a real person: Daniel, on Jorge's team."), { authorKind: "human" })).toEqual([]);
  });
});
