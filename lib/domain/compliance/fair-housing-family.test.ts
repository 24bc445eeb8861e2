import { describe, expect, it } from "vitest";
import { FAMILY_RULES } from "./fair-housing-family";
import { applyFairHousingRules } from "./fair-housing-rules";

const found = (text: string) => applyFairHousingRules(text, FAMILY_RULES).map((f) => `${f.severity}:${f.category}`);

describe("household, age and marital-status phrases", () => {
  it("blocks refusals of children in English and Spanish", () => {
    expect(found("The owners aren't renting to anyone with kids.")).toEqual(["block:familial_status"]);
    expect(found("No one under 18 may live here.")).toEqual(["block:familial_status"]);
    expect(found("Se renta, sin niños.")).toEqual(["block:familial_status"]);
  });

  it("blocks a home said to be for singles, couples or an age group", () => {
    expect(found("Ideal for a young professional.")).toEqual(["block:age"]);
    expect(found("Perfecta para una pareja.")).toEqual(["block:marital_status"]);
    expect(found("The owner prefers a married couple.")).toEqual(["block:marital_status"]);
  });

  it("warns on family wording and passes family-room wording", () => {
    expect(found("Great for a growing family.")).toEqual(["warn:familial_status"]);
    expect(found("Kid-friendly street.")).toEqual(["warn:familial_status"]);
    expect(found("Family room, great for family gatherings, single-level living.")).toEqual([]);
    expect(found("Only a couple blocks from the park.")).toEqual([]);
  });
});
