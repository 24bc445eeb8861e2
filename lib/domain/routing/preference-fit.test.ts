import { describe, expect, it } from "vitest";
import { kindFit, languageFit, marketFamiliarity, preferenceFit, priceBandFit, relationshipFit, SPOKEN_WITHOUT_SKILL } from "./preference-fit";
import { place, seat } from "./test-fixtures";

describe("languageFit", () => {
  it("is 1 for an English client and 0 when the seat does not speak the language", () => {
    expect(languageFit(seat("a", "buyer_specialist"), place("buyer_specialist"))).toBe(1);
    expect(languageFit(seat("a", "buyer_specialist"), place("buyer_specialist", { language: "es" }))).toBe(0);
  });

  it("uses the Spanish outreach skill, or a default when the seat speaks it without one", () => {
    const req = place("buyer_specialist", { language: "es" });
    expect(languageFit(seat("a", "buyer_specialist", { languages: ["en", "es"], skills: { spanish_outreach: 0.9 } }), req)).toBe(0.9);
    expect(languageFit(seat("a", "buyer_specialist", { languages: ["en", "es"] }), req)).toBe(SPOKEN_WITHOUT_SKILL);
  });
});

describe("marketFamiliarity", () => {
  const req = place("buyer_specialist");

  it("is 1 for a seat that covers only the client's market, less for each further market", () => {
    expect(marketFamiliarity(seat("a", "buyer_specialist", { marketIds: ["m-fo"] }), req)).toBe(1);
    expect(marketFamiliarity(seat("a", "buyer_specialist", { marketIds: ["m-fo", "m-rc"] }), req)).toBe(0.8);
    expect(marketFamiliarity(seat("a", "buyer_specialist", { marketIds: ["m-fo", "m-rc", "m-uo"] }), req)).toBeCloseTo(2 / 3);
  });

  it("treats a seat without market rows, and the overseer, as covering every market", () => {
    expect(marketFamiliarity(seat("a", "buyer_specialist"), req)).toBe(0.5);
    expect(marketFamiliarity(seat("j", "overseer", { marketIds: ["m-rc"] }), req)).toBe(0.5);
  });

  it("is 0 for a seat elsewhere and not counted when the market is unknown", () => {
    expect(marketFamiliarity(seat("a", "buyer_specialist", { marketIds: ["m-rc"] }), req)).toBe(0);
    expect(marketFamiliarity(seat("a", "buyer_specialist"), place("buyer_specialist", { market: null }))).toBeNull();
  });
});

describe("kindFit", () => {
  it("prefers a human when the client asked for a person, even after hours", () => {
    const req = place("buyer_specialist", { wantsPerson: true, afterHours: true });
    expect(kindFit(seat("h", "buyer_specialist", { kind: "human" }), req)).toBe(1);
    expect(kindFit(seat("a", "buyer_specialist"), req)).toBe(0);
  });

  it("prefers an AI seat after hours and has no opinion otherwise", () => {
    const req = place("buyer_specialist", { afterHours: true });
    expect(kindFit(seat("a", "buyer_specialist"), req)).toBe(1);
    expect(kindFit(seat("h", "buyer_specialist", { kind: "human" }), req)).toBe(0.25);
    expect(kindFit(seat("a", "buyer_specialist"), place("buyer_specialist"))).toBeNull();
  });
});

describe("priceBandFit", () => {
  it("reads the luxury skill for luxury clients only", () => {
    const req = place("buyer_specialist", { luxury: true });
    expect(priceBandFit(seat("a", "buyer_specialist", { skills: { luxury_marketing: 0.7 } }), req)).toBe(0.7);
    expect(priceBandFit(seat("a", "buyer_specialist"), req)).toBe(0);
    expect(priceBandFit(seat("a", "buyer_specialist"), place("buyer_specialist"))).toBeNull();
  });
});

describe("preferenceFit", () => {
  it("averages only the parts that apply", () => {
    const s = seat("a", "buyer_specialist", { marketIds: ["m-fo", "m-rc"] });
    expect(preferenceFit(s, place("buyer_specialist", { market: null }))).toBe(1);
    expect(preferenceFit(s, place("buyer_specialist"))).toBeCloseTo((1 + 0.8) / 2);
    expect(preferenceFit(s, place("buyer_specialist", { afterHours: true, luxury: true }))).toBeCloseTo((1 + 0.8 + 1 + 0) / 4);
  });

  it("stays within 0..1", () => {
    const worst = preferenceFit(seat("a", "buyer_specialist", { marketIds: ["m-rc"] }), place("buyer_specialist", { language: "es", wantsPerson: true, luxury: true }));
    expect(worst).toBe(0);
    const best = preferenceFit(seat("h", "buyer_specialist", { kind: "human", marketIds: ["m-fo"], skills: { luxury_marketing: 1 } }), place("buyer_specialist", { wantsPerson: true, luxury: true }));
    expect(best).toBe(1);
  });
});

describe("relationship fit", () => {
  it("keeps a happy client with their seat and draws an unhappy one elsewhere", () => {
    const served = place("buyer_specialist", { relationship: { seatId: "mine", satisfaction: 0.9 } });
    expect(relationshipFit(seat("mine", "buyer_specialist"), served)).toBe(0.9);
    expect(relationshipFit(seat("other", "buyer_specialist"), served)).toBeCloseTo(0.1, 9);
    expect(relationshipFit(seat("mine", "buyer_specialist"), place("buyer_specialist"))).toBeNull();
  });
});
