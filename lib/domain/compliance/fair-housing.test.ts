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

  it("allows adults-only wording in stated 55+ senior housing, not when the message denies it", () => {
    expect(level("Adults-only 55+ community with a pool.")).toBe("ok");
    expect(level("Adults only community with a pool.")).toBe("block");
    expect(level("Adults only, but it's not a 55+ park.")).toBe("block");
    expect(level("Adults only; this isn't a 62+ community.")).toBe("block");
  });

  it("blocks a refusal of vouchers but not a 'no' about something else", () => {
    for (const text of ["no Section 8", "Section 8 not accepted", "we don't take vouchers", "Vouchers are not accepted.", "Section 8: no."]) {
      expect(level(text), text).toBe("block");
    }
    for (const text of ["Section 8 accepted, no HOA", "No HOA and Section 8 accepted", "No pets, Section 8 welcome", "Section 8 vouchers accepted, no problem."]) {
      expect(level(text), text).toBe("ok");
    }
  });

  it("passes a marketing exclusive about early access to a listing", () => {
    expect(level("Exclusive: first look at this home")).toBe("ok");
    expect(level("Exclusive - sneak peek before it hits the MLS")).toBe("ok");
    expect(level("Exclusive: gated enclave of custom homes")).toBe("warn");
  });

  it("quotes the author's own words and names the class", () => {
    const [finding] = checkFairHousing("Cute condo. NO KIDS, sorry!");
    expect(finding).toMatchObject({ rule: "fair_housing", category: "familial_status", severity: "block", excerpt: "NO KIDS" });
    expect(finding?.explanation).toMatch(/familial/);
    expect(finding?.suggestion).toBeTruthy();
  });

  it("adds a co-occurrence finding only in clauses the phrase rules left alone", () => {
    const findings = checkFairHousing("No kids. The owner only takes job income, not SSI.");
    expect(findings.map((f) => [f.category, f.excerpt])).toEqual([
      ["familial_status", "No kids"],
      ["source_of_income", "The owner only takes job income, not SSI."],
    ]);
    expect(checkFairHousing("Owner says no kids, sorry.")).toHaveLength(1);
  });

  it("ranks levels: block over warn over ok", () => {
    expect(fairHousingLevel(checkFairHousing("Safe area, adults only"))).toBe("block");
    expect(fairHousingLevel([])).toBe("ok");
  });
});
