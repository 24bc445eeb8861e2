import { describe, expect, it } from "vitest";
import { SEAT_ROLES } from "../team/vocabulary";
import { neededSkills, ROLE_SKILL_NEEDS } from "./skills";

describe("neededSkills", () => {
  it("defines needed skills for every seat role", () => {
    for (const role of SEAT_ROLES) expect(ROLE_SKILL_NEEDS[role].length).toBeGreaterThan(0);
  });

  it("returns the role's own skills when no flag adds any", () => {
    expect(neededSkills("buyer_specialist", [])).toEqual(ROLE_SKILL_NEEDS.buyer_specialist);
  });

  it("adds investment analysis for investors to the roles that price deals", () => {
    expect(neededSkills("buyer_specialist", ["investment"]).map((s) => s.skill)).toContain("investment_analysis");
    expect(neededSkills("transaction_coordinator", ["investment"]).map((s) => s.skill)).not.toContain("investment_analysis");
  });

  it("raises a skill already needed to the larger weight instead of repeating it", () => {
    const skills = neededSkills("listing_specialist", ["valuation"]);
    expect(skills.filter((s) => s.skill === "cma_analysis")).toEqual([{ skill: "cma_analysis", weight: 1 }]);
  });

  it("does not change the shared role table", () => {
    neededSkills("listing_specialist", ["valuation", "investment"]);
    expect(ROLE_SKILL_NEEDS.listing_specialist.find((s) => s.skill === "cma_analysis")?.weight).toBe(0.6);
  });
});
