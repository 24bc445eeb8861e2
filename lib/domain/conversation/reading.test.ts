import { describe, expect, it } from "vitest";
import { properName, reading, yesNo } from "./reading";

const ctx = { pipeline: "seller" as const, lastQuestion: null, now: new Date("2026-01-15T18:00:00Z"), timeZone: "America/Los_Angeles", language: "en" as const };

describe("reading a message", () => {
  it("folds the text beside the words", () => {
    expect(reading("Sí, ÉSTA", ctx).folded).toBe("si, esta");
  });

  it("reads a yes or a no at the start of a reply", () => {
    expect(yesNo("yes 30-45 days is fine")).toBe(true);
    expect(yesNo("si, esta bien")).toBe(true);
    expect(yesNo("no not yet")).toBe(false);
    expect(yesNo("todavia no")).toBe(false);
    expect(yesNo("nothing yet")).toBeNull();
    expect(yesNo("maybe")).toBeNull();
    expect(yesNo("probably, we'll see")).toBe(true);
    expect(yesNo("probably not")).toBe(false);
    expect(yesNo("yesss")).toBe(true);
    expect(yesNo("noooo thanks")).toBe(false);
  });

  it("reads a hedged yes or no said further in", () => {
    expect(yesNo("he handles the money stuff, i think so")).toBe(true);
    expect(yesNo("hmm creo que no")).toBe(false);
  });

  it("reads a proper name after a word", () => {
    const text = "moving to Las Vegas soon";
    expect(properName(text, text.indexOf("to") + 2)).toBe("Las Vegas");
    expect(properName("to a bigger place", 2)).toBeNull();
    expect(properName("with The bank", 4)).toBeNull();
  });
});
