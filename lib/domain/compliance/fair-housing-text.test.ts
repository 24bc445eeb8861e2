import { describe, expect, it } from "vitest";
import { foldText, matchSpans, phrase, sentenceSpans } from "./fair-housing-text";

describe("fair housing text folding", () => {
  it("folds case, accents and curly punctuation one character for one", () => {
    const text = "No se aceptan NIÑOS — ¿Sí? It’s “fine”";
    const folded = foldText(text);
    expect(folded).toBe("no se aceptan ninos - ¿si? it's \"fine\"");
    expect(folded.length).toBe(text.length);
  });

  it("matches a phrase across hyphens and spaces but only on word edges", () => {
    const kids = phrase("kid friendly");
    expect(matchSpans(kids, foldText("A Kid-Friendly  street"))).toEqual([{ start: 2, end: 14 }]);
    expect(matchSpans(phrase("kids"), "the skids broke")).toEqual([]);
    expect(matchSpans(phrase("kids"), "no kids.")).toEqual([{ start: 3, end: 7 }]);
  });

  it("splits sentences at stops but not after St. or inside a price", () => {
    const folded = foldText("Near St. Mary's. Priced at $1.2M! Call me\nThanks");
    const parts = sentenceSpans(folded).map((s) => folded.slice(s.start, s.end).trim());
    expect(parts).toEqual(["near st. mary's.", "priced at $1.2m!", "call me", "thanks"]);
  });
});
