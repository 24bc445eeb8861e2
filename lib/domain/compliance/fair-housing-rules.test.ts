import { describe, expect, it } from "vitest";
import { applyFairHousingRules, SENIOR_HOUSING, type FairHousingRule } from "./fair-housing-rules";

const base = { explanation: "why", suggestion: "instead" };
const rules: FairHousingRule[] = [
  { category: "familial_status", severity: "block", pattern: "no kids", unlessInMessage: SENIOR_HOUSING, ...base },
  { category: "familial_status", severity: "warn", pattern: "kids", ...base },
  { category: "religion", severity: "block", pattern: "church", withInSentence: "fit right in", ...base },
  { category: "race", severity: "warn", pattern: "safe", unlessInSentence: "to say", ...base },
];

describe("fair housing rule engine", () => {
  it("keeps one finding per class for overlapping words, the block", () => {
    expect(applyFairHousingRules("No kids.", rules).map((f) => [f.severity, f.excerpt])).toEqual([["block", "No kids"]]);
  });

  it("lets a stated qualifier in the message lift a rule, not a denied one", () => {
    expect(applyFairHousingRules("55+ community. No kids.", rules).map((f) => f.severity)).toEqual(["warn"]);
    expect(applyFairHousingRules("No kids, though it's not a 55+ park.", rules).map((f) => f.severity)).toEqual(["block"]);
    expect(applyFairHousingRules("No kids: a non-55+ building.", rules).map((f) => f.severity)).toEqual(["block"]);
  });

  it("needs the companion phrase in the same sentence and quotes the whole span", () => {
    expect(applyFairHousingRules("Near the church. You'll fit right in.", rules)).toEqual([]);
    expect(applyFairHousingRules("Near the church, you'll fit right in.", rules).map((f) => f.excerpt)).toEqual(["church, you'll fit right in"]);
  });

  it("skips a match whose sentence holds the exception", () => {
    expect(applyFairHousingRules("It's safe to say yes. Safe street.", rules).map((f) => f.excerpt)).toEqual(["Safe"]);
  });
});
