import { describe, expect, it } from "vitest";
import { phraseSet, scanPhrases } from "./phrase-scan";
import { foldText, matchSpans, phrase } from "./text-folding";

const SOURCES = ["no (?:kids|children)", "kids?", "child friendly|children", "(?<!deed )restricted", "\\d+ (?:beds|baths)", "no"];
const set = phraseSet(SOURCES);

/** What each phrase finds alone, in the order scanPhrases promises. */
const alone = (folded: string) => SOURCES.flatMap((source, i) => matchSpans(phrase(source), folded).map((span) => ({ phrase: i, ...span })));

describe("phrase scan", () => {
  it("finds exactly what each phrase finds alone", () => {
    for (const text of ["No kids, no children; kid-friendly? Child-friendly street.", "Deed-restricted, restricted community, 3 beds 2 baths", "No. No kids. NO", "Children's park, kidsroom, skids"]) {
      const folded = foldText(text);
      expect(scanPhrases(set, folded), text).toEqual(alone(folded));
    }
  });

  it("answers nothing for a text without any phrase's words", () => {
    expect(scanPhrases(set, foldText("Beautiful single-story home near the park"))).toEqual([]);
  });

  it("tries a phrase without required words on every text", () => {
    const digits = phraseSet(["\\d+"]);
    expect(scanPhrases(digits, "call 909 555")).toEqual([{ phrase: 0, start: 5, end: 8 }, { phrase: 0, start: 9, end: 12 }]);
  });
});
