import { describe, expect, it } from "vitest";
import { normalizeText } from "./text-signals";
import { assessUrgency, URGENT_TIMELINE_DAYS } from "./urgency";

const fromText = (text: string, notReady = false) => assessUrgency({ normalizedText: normalizeText(text), notReady });

describe("assessUrgency", () => {
  it.each([
    ["Need to sell ASAP", "asap"],
    ["can we close this week?", "this week"],
    ["We need to sell fast, job transfer", "sell fast"],
    ["we want to move in 2 weeks", "in 2 weeks"],
    ["Necesito vender lo antes posible", "lo antes posible"],
  ])("is high for %j and names the words", (text, words) => {
    const r = fromText(text);
    expect(r.urgency).toBe("high");
    expect(r.signals).toEqual([`the text says "${words}"`]);
  });

  it.each(["Thanks for your help today", "we are thinking about moving in 3 months", "It is not urgent", "Can you quickly tell me the HOA fee?", "in 45 days"])(
    "stays normal for %j",
    (text) => {
      expect(fromText(text).urgency).toBe("normal");
    },
  );

  it("ignores the text's urgency when the client is not ready, but keeps the data's", () => {
    expect(fromText("no rush, call me this week", true).urgency).toBe("normal");
    const r = assessUrgency({ normalizedText: "asap", notReady: true, temperature: "hot" });
    expect(r.signals).toEqual(["the temperature is hot"]);
  });

  it("counts a hot temperature, the Hot Seller stage and a short timeline, each explained", () => {
    const r = assessUrgency({ normalizedText: "", temperature: "hot", stage: "Hot Seller", timelineDays: 21 });
    expect(r.signals).toEqual(["the temperature is hot", "the stage is Hot Seller", `the timeline is 21 days (${URGENT_TIMELINE_DAYS} or fewer)`]);
  });

  it("treats exactly 30 days as urgent and 31 as not", () => {
    expect(assessUrgency({ normalizedText: "", timelineDays: 30 }).urgency).toBe("high");
    expect(assessUrgency({ normalizedText: "", timelineDays: 31 }).urgency).toBe("normal");
    expect(assessUrgency({ normalizedText: "", timelineDays: null, temperature: "warm" }).urgency).toBe("normal");
  });
});
