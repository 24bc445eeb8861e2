import { describe, expect, it } from "vitest";
import { priceForCommission } from "./commission";
import { defaultPersonalHandling, personalHandlingFromSetting, personalHandlingSchema, priorityOptionsFor } from "./personal-handling";
import { evaluatePriority } from "./priority";

describe("the personal-handling setting", () => {
  it("defaults to the luxury line and Jorge's tags", () => {
    expect(defaultPersonalHandling()).toEqual({ commissionThreshold: 72_000, tags: ["jorge", "jorge-personal", "vip"] });
    expect(priceForCommission(72_000)).toBe(1_200_000);
    expect(personalHandlingFromSetting(undefined)).toEqual({ setting: defaultPersonalHandling(), error: null });
  });

  it("trims, lowercases and dedupes tags", () => {
    const parsed = personalHandlingSchema.parse({ commissionThreshold: 90_000, tags: [" Jorge ", "jorge", "Referral: Past Client"] });
    expect(parsed).toEqual({ commissionThreshold: 90_000, tags: ["jorge", "referral: past client"] });
  });

  it("refuses a line out of range, a broken tag or an unknown field, saying what is wrong", () => {
    const bad = (input: unknown) => personalHandlingSchema.safeParse(input).error?.issues.map((i) => i.message).join("; ");
    expect(bad({ commissionThreshold: 500, tags: [] })).toBe("must be a whole number of dollars from $1,000 to $1,000,000");
    expect(bad({ commissionThreshold: 72_000.5, tags: [] })).toContain("whole number");
    expect(bad({ commissionThreshold: 72_000, tags: ["#vip"] })).toContain("starts with a letter or digit");
    expect(bad({ commissionThreshold: 72_000, tags: ["x".repeat(41)] })).toBe("a tag is at most 40 characters");
    expect(bad({ commissionThreshold: 72_000, tags: [], extra: 1 })).toMatch(/extra/);
  });

  it("falls back to the defaults on a stored value it cannot read, and says why", () => {
    const read = personalHandlingFromSetting({ commissionThreshold: "lots", tags: ["jorge"] });
    expect(read.setting).toEqual(defaultPersonalHandling());
    expect(read.error).toBe("the commission line needs a number");
  });

  it("carries the line and the tags into the priority rules", () => {
    const options = priorityOptionsFor({ commissionThreshold: 30_000, tags: ["owner"] });
    expect(evaluatePriority({ clientType: "seller", priceExpectation: 500_000 }, options).personalHandling).toBe(true);
    expect(evaluatePriority({ clientType: "renter", tags: ["owner"] }, options).personalHandling).toBe(true);
    expect(evaluatePriority({ clientType: "renter", tags: ["jorge"] }, options).personalHandling).toBe(false);
  });
});
