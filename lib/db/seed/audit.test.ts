import { describe, expect, it } from "vitest";
import { busiestSentences, dollarAmounts, messageText, scriptedSentences, sentenceKey } from "./audit";

describe("measuring how scripted the seed sounds", () => {
  it("reads a message without its e-mail signature and keeps only sentences of four words or more", () => {
    expect(messageText("Hi Ana, the sale closed.\n\nAva\nFooter line.", "email")).toBe("Hi Ana, the sale closed.");
    expect(scriptedSentences("Sounds good. Hi Ana, the sale closed at $905K. STOP")).toEqual(["Hi Ana, the sale closed at $905K."]);
  });

  it("counts two sentences as one script when only names and numbers differ", () => {
    expect(sentenceKey("Hi Ana, 3 homes closed.", ["Ana"])).toBe(sentenceKey("Hi Luis, 5 homes closed.", ["Luis"]));
    expect(sentenceKey("Hi Ana, 3 homes closed.", ["Ana"])).not.toBe(sentenceKey("Hi Ana, 3 homes sold.", ["Ana"]));
  });

  it("finds the most repeated sentence inside a two-day window, not across all time", () => {
    const at = (h: number) => new Date(Date.UTC(2026, 4, 1, h));
    const row = (h: number, name: string) => ({ body: `Hi ${name}, just checking in on your plans.`, channel: "sms", at: at(h), names: [name] });
    const spread = [0, 60, 120, 180, 240, 300].map((h, i) => row(h, `N${i}`));
    expect(busiestSentences(spread)[0]!.count).toBe(1);
    const bunched = [0, 5, 10, 20, 30, 40].map((h, i) => row(h, `N${i}`));
    expect(busiestSentences(bunched)[0]).toMatchObject({ count: 6, at: at(0) });
  });

  it("reads dollar amounts in the forms messages use", () => {
    expect(dollarAmounts("around $905K, up to $1.25M, rent $2,800 a month")).toEqual([905_000, 1_250_000, 2_800]);
    expect(dollarAmounts("no numbers here")).toEqual([]);
  });
});
