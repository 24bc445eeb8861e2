import { describe, expect, it } from "vitest";
import { findingsByRule, NO_COUNTS, qualityReport } from "./report";

describe("qualityReport", () => {
  it("turns counts into shares, adherence and reply times in words", () => {
    const r = qualityReport({ ...NO_COUNTS, reviewed: 40, blocked: 2, warned: 6, sentAnyway: 3, onRubric: 34, replies: 12, replyP50Seconds: 200, replyP90Seconds: 7_500 }, []);
    expect([r.blockedShare, r.warnedShare, r.adherence]).toEqual([0.05, 0.15, 0.85]);
    expect([r.replyP50Words, r.replyP90Words]).toEqual(["3 min 20 s", "2 h 5 min"]);
  });

  it("leaves shares empty rather than zero when nothing was reviewed", () => {
    const r = qualityReport(NO_COUNTS, []);
    expect([r.blockedShare, r.adherence, r.replyP50Words, r.findingsTotal]).toEqual([null, null, "no replies yet", 0]);
  });
});

describe("findingsByRule", () => {
  it("adds up each rule by level and category, rules in the vocabulary's order, categories most frequent first", () => {
    const rules = findingsByRule([
      { rule: "tone", code: "emoji", level: "warn", count: 2 },
      { rule: "fair_housing", code: "familial_status", level: "block", count: 1 },
      { rule: "tone", code: "pushy", level: "warn", count: 5 },
      { rule: "fair_housing", code: "steering", level: "warn", count: 3 },
      { rule: "tone", code: "emoji", level: "info", count: 4 },
    ]);
    expect(rules.map((r) => [r.rule, r.total, r.block, r.warn, r.info])).toEqual([["fair_housing", 4, 1, 3, 0], ["tone", 11, 0, 7, 4]]);
    expect(rules[1]!.categories).toEqual([{ code: "emoji", count: 6 }, { code: "pushy", count: 5 }]);
  });
});
