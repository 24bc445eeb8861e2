import { describe, expect, it } from "vitest";
import { responsiveness, satisfactionSignal } from "./satisfaction-signal";

describe("the satisfaction signal", () => {
  it("rates replies within five minutes fully and a day late not at all", () => {
    expect(responsiveness(3)).toBe(1);
    expect(responsiveness(5)).toBe(1);
    expect(responsiveness(60)).toBeCloseTo(0.5, 6);
    expect(responsiveness(1440)).toBe(0);
    expect(responsiveness(30)).toBeGreaterThan(responsiveness(45));
  });

  it("has no score without evidence", () => {
    expect(satisfactionSignal({ responseMinutes: [], sentiments: [], surveys: [] })).toMatchObject({ score: null, explanation: "no evidence yet" });
  });

  it("weighs a survey above mood and speed, over the parts it has", () => {
    const s = satisfactionSignal({ responseMinutes: [60], sentiments: [0], surveys: [1] });
    expect(s.parts).toEqual({ responsiveness: expect.closeTo(0.5, 6), sentiment: 0.5, survey: 1 });
    expect(s.score).toBe(0.75);
    expect(satisfactionSignal({ responseMinutes: [], sentiments: [1], surveys: [] }).score).toBe(1);
  });

  it("uses the median reply time, so one slow night does not sink a fast seat", () => {
    const s = satisfactionSignal({ responseMinutes: [2, 3, 4, 900], sentiments: [], surveys: [] });
    expect(s.parts.responsiveness).toBe(1);
    expect(s.explanation).toBe("replies in 4 min (median)");
  });

  it("says the mood in words", () => {
    expect(satisfactionSignal({ responseMinutes: [], sentiments: [-0.8, -0.4], surveys: [] }).explanation).toBe("mood negative");
  });
});
