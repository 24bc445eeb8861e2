import { describe, expect, it } from "vitest";
import { checkFairHousing, fairHousingLevel } from "./fair-housing";

const level = (text: string) => fairHousingLevel(checkFairHousing(text));

describe("fair housing check", () => {
  it("blocks the phrases that exclude people", () => {
    for (const text of ["No children.", "ADULTS ONLY", "Perfect for singles", "Christian home", "English speakers only", "No Section 8", "No wheelchairs", "Must be able to climb stairs", "A mostly white area", "Lots of Hispanic families", "no se aceptan niños", "Solo para adultos", "Solo personas que hablen inglés"]) {
      expect(level(text), text).toBe("block");
    }
  });

  it("warns on the second-look words", () => {
    for (const text of ["Exclusive neighborhood", "Restricted community", "Safe area", "Low-crime street", "Great for families", "Empty nesters", "Mature buyers", "Bachelor pad", "Man cave", "His and hers closets", "Ideal para familias"]) {
      expect(level(text), text).toBe("warn");
    }
  });

  it("passes the words an ordinary reader hears as the property", () => {
    for (const text of ["Master bedroom and family room", "Single-family home, single-story", "Walking distance to the station", "Merry Christmas! Happy Hanukkah! Feliz Navidad", "Wheelchair accessible entrance with grab bars", "Near St. Mary's church", "Family-owned business", "Children's park nearby", "No smoking, no pets", "Credit check required", "Adult supervision at the pool", "Single garage", "Spanish-style architecture", "Colonial", "Bachelor's degree", "The skids broke", "Deed-restricted HOA", "Exclusive listing", "Mature trees"]) {
      expect(level(text), text).toBe("ok");
    }
  });

  it("allows adults-only wording in stated 55+ senior housing", () => {
    expect(level("Adults-only 55+ community with a pool.")).toBe("ok");
    expect(level("Adults only community with a pool.")).toBe("block");
  });

  it("quotes the author's own words and names the class", () => {
    const [finding] = checkFairHousing("Cute condo. NO KIDS, sorry!");
    expect(finding).toMatchObject({ rule: "fair_housing", category: "familial_status", severity: "block", excerpt: "NO KIDS" });
    expect(finding?.explanation).toMatch(/familial/);
    expect(finding?.suggestion).toBeTruthy();
  });

  it("ranks levels: block over warn over ok", () => {
    expect(fairHousingLevel(checkFairHousing("Safe area, adults only"))).toBe("block");
    expect(fairHousingLevel([])).toBe("ok");
  });
});
