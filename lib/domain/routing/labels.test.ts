import { describe, expect, it } from "vitest";
import { aRole, formatMoney, formatPercent, formatScore, roleLabel } from "./labels";

describe("labels", () => {
  it("name roles as nouns with the right article", () => {
    expect(roleLabel("buyer_specialist")).toBe("buyer specialist");
    expect(roleLabel("geographic")).toBe("geographic agent");
    expect(aRole("overseer")).toBe("an overseer");
    expect(aRole("analytics")).toBe("an analytics specialist");
    expect(aRole("market_analyst")).toBe("a market analyst");
  });

  it("format money with thousands separators, rounded to the dollar", () => {
    expect(formatMoney(51_000)).toBe("$51,000");
    expect(formatMoney(1_234_567.6)).toBe("$1,234,568");
    expect(formatMoney(999)).toBe("$999");
    expect(formatMoney(0)).toBe("$0");
    expect(formatMoney(-15_000)).toBe("-$15,000");
  });

  it("format scores and percentages", () => {
    expect(formatScore(0.8234)).toBe("0.82");
    expect(formatPercent(0.4762)).toBe("48%");
  });
});
