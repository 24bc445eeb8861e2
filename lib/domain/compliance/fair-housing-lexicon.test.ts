import { describe, expect, it } from "vitest";
import { PEOPLE_BY_CLASS } from "./fair-housing-lexicon";
import { phrase } from "./text-folding";

const classesOf = (text: string) => PEOPLE_BY_CLASS.filter((c) => phrase(c.pattern).test(text)).map((c) => c.category);

describe("people by protected class", () => {
  it("names people of each class in English and Spanish", () => {
    expect(classesOf("little ones")).toContain("familial_status");
    expect(classesOf("ninos")).toContain("familial_status");
    expect(classesOf("retirees")).toContain("age");
    expect(classesOf("service animal")).toContain("disability");
    expect(classesOf("papeles")).toContain("immigration_status");
    expect(classesOf("section 8")).toContain("source_of_income");
    expect(classesOf("church people")).toContain("religion");
    expect(classesOf("white neighbors")).toContain("race");
    expect(classesOf("spanish speakers")).toContain("primary_language");
    expect(classesOf("same-sex")).toContain("sex");
    expect(classesOf("single working professional")).toContain("marital_status");
    expect(classesOf("veterans")).toContain("veteran_status");
  });

  it("does not read the property's words as people", () => {
    for (const text of ["white cabinets", "black appliances", "older home", "single garage", "accent wall", "a couple of days", "kids' furniture", "a church on the corner"]) {
      expect(classesOf(text), text).toEqual([]);
    }
  });
});
