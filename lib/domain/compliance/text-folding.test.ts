import { describe, expect, it } from "vitest";
import { firstSpan, foldText, matchSpans, phrase, sentenceSpans } from "./text-folding";

describe("text folding", () => {
  it("folds case, accents and curly punctuation one character for one", () => {
    const text = "No se aceptan NIÑOS — ¿Sí? It’s “fine”";
    const folded = foldText(text);
    expect(folded).toBe("no se aceptan ninos - ¿si? it's \"fine\"");
    expect(folded.length).toBe(text.length);
  });

  it("folds plain ASCII, accents and characters outside the basic plane alike, keeping every offset", () => {
    expect(foldText("Call ME at 5PM")).toBe("call me at 5pm");
    const text = "🏡 Casa CON jardín, İstanbul ß";
    const folded = foldText(text);
    expect(folded.length).toBe(text.length);
    expect(folded).toBe("🏡 casa con jardin, İstanbul ß");
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

  it("finds the first match of a pattern, or nothing", () => {
    expect(firstSpan(phrase("no kids"), "cute. no kids, no kids")).toEqual({ start: 6, end: 13 });
    expect(firstSpan(phrase("no kids"), "kids welcome")).toBeUndefined();
  });
});
