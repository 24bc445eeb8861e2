import { describe, expect, it } from "vitest";
import { checkCooccurrence, clauseSpans } from "./fair-housing-cooccurrence";
import { foldText } from "./text-folding";

const findings = (text: string) => checkCooccurrence(text, foldText(text), []);
const level = (text: string) => {
  const found = findings(text);
  return found.some((f) => f.severity === "block") ? "block" : found.length ? "warn" : "ok";
};

describe("co-occurrence of a protected class and a cue", () => {
  it("splits clauses at sentence ends, semicolons, dashes and 'but'", () => {
    const text = "nice yard; big kitchen - quiet street but no garage. Call me";
    expect(clauseSpans(text).map((s) => text.slice(s.start, s.end).trim())).toEqual(["nice yard;", "big kitchen -", "quiet street but", "no garage.", "Call me"]);
  });

  it("blocks a class term next to an exclusion or requirement cue, in any order", () => {
    for (const text of ["Landlord's not doing the housing program on this one", "Must speak fluent English to apply.", "Owner will pass on anyone on SSI.", "new lead is Black, send her the Fontana stuff", "Heads up: we only rent to people who are here legally.", "Owner won't rent to an unmarried couple.", "Trust me, the people there aren't like you", "Owner says no modifications of any kind.", "The seller is only entertaining offers from buyers born in the US."]) {
      expect(level(text), text).toBe("block");
    }
  });

  it("warns on a soft preference cue", () => {
    for (const text of ["Retirees will love the slow pace.", "The owner would love a nice family for this house.", "The seller is hesitant about VA offers."]) {
      expect(level(text), text).toBe("warn");
    }
  });

  it("blocks questions asked of a client about a protected trait", () => {
    for (const text of ["Do you have kids?", "What country are you from?", "Are you on disability?", "Do you have papers?", "¿Tienen papeles?", "Your applicant is pregnant?", "Landlord asked me to find out if they're a real family"]) {
      expect(level(text), text).toBe("block");
    }
  });

  it("caps document and occupancy wording at a warning", () => {
    expect(level("SSN required to apply, no exceptions.")).toBe("warn");
    expect(level("The owner wants no more than 3 people in the 2-bedroom.")).toBe("warn");
  });

  it("passes lawful wordings kept as exceptions", () => {
    for (const text of ["Not far from the church, wheelchair accessible entrance.", "No HOA and Section 8 accepted.", "Service animals are welcome; no pets otherwise.", "We follow fair housing law and treat all applicants the same regardless of family status.", "I'm a veteran myself, happy to walk you through it.", "Our Spanish-speaking agent Maria can help you, no charge.", "No stairs: a 55+ community, seniors only.", "My kids and I just wanted to say thank you!", "The sellers have no kids' furniture to leave behind."]) {
      expect(level(text), text).toBe("ok");
    }
  });

  it("passes the property's own words and ordinary questions", () => {
    for (const text of ["Black granite counters and white shaker cabinets, no carpet.", "Older home with character, no HOA.", "The couple of offers we got are both over asking.", "Are you bringing the kids to the showing Saturday?", "Do you have time for a showing Saturday?", "Deed-restricted unit; buyer income must be under 80% of area median.", "No more than 2 cars in the driveway per HOA.", "Section 8 inspection passed, no issues.", "Only two families have toured so far.", "Disability insurance isn't part of the closing costs.", "The elderly oak in the front yard must stay.", "Seniors get a discount at the farmers market on Tuesdays, not bad.", "Single-story ranch, no HOA, near the Catholic church."]) {
      expect(level(text), text).toBe("ok");
    }
  });

  it("leaves alone a clause the phrase rules already took, and names the class and the clause", () => {
    const text = "Great kitchen. Owner won't rent to anyone on SSI.";
    const folded = foldText(text);
    expect(checkCooccurrence(text, folded, [{ start: 15, end: 20 }])).toEqual([]);
    expect(findings(text)).toEqual([expect.objectContaining({ rule: "fair_housing", category: "source_of_income", severity: "block", excerpt: "Owner won't rent to anyone on SSI." })]);
    expect(findings(text)[0]!.explanation).toContain("source of income");
  });

  it("costs nothing when no class term is present", () => {
    expect(findings("Three bedrooms, two baths, new roof, no HOA. Want to see it Saturday?")).toEqual([]);
  });
});
