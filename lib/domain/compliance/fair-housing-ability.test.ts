import { describe, expect, it } from "vitest";
import { ABILITY_RULES } from "./fair-housing-ability";
import { applyFairHousingRules } from "./fair-housing-rules";

const found = (text: string) => applyFairHousingRules(text, ABILITY_RULES).map((f) => `${f.severity}:${f.category}`);

describe("disability, income, sex and military-status phrases", () => {
  it("blocks disability exclusions and passes accessibility features", () => {
    expect(found("Not suitable for someone in a wheelchair.")).toEqual(["block:disability"]);
    expect(found("Buyers must be physically able to handle the stairs.")).toEqual(["block:disability"]);
    expect(found("There is no wheelchair ramp yet; roll-in shower and grab bars.")).toEqual([]);
    expect(found("Buyer must be able to close in 30 days.")).toEqual([]);
  });

  it("blocks voucher refusals and passes voucher welcomes", () => {
    expect(found("Owner won't take Section 8 tenants.")).toEqual(["block:source_of_income"]);
    expect(found("No aceptamos Sección 8.")).toEqual(["block:source_of_income"]);
    expect(found("Section 8 vouchers accepted, no problem.")).toEqual([]);
    expect(found("Section 8 applicants will not be considered.")).toEqual(["block:source_of_income"]);
    expect(found("Propietario no acepta Sección 8 ni programas de vivienda.")).toEqual(["block:source_of_income"]);
    expect(found("Section 8 accepted, no HOA.")).toEqual([]);
    expect(found("No smoking, Section 8 welcome.")).toEqual([]);
  });

  it("blocks sex, orientation and military screens", () => {
    expect(found("Women only.")).toEqual(["block:sex"]);
    expect(found("No gay couples.")).toEqual(["block:sexual_orientation"]);
    expect(found("No military tenants.")).toEqual(["block:veteran_status"]);
    expect(found("Close to the women's clinic and the VA hospital.")).toEqual([]);
  });

  it("blocks discouraging or questioning someone about a disability", () => {
    for (const text of ["I don't think the loft would work for someone with a walker.", "Honestly it's not the right place for wheelchair users.", "The landlord asks whether applicants have any medical conditions.", "Please tell us if anyone takes medication.", "Looking for a roommate without disabilities.", "Inquilino sin problemas mentales.", "Applicants with no mental health problems only."]) {
      expect(found(text), text).toContain("block:disability");
    }
    for (const text of ["Zero-step entry, a great fit for someone in a wheelchair.", "No steps at the entry, good for wheelchair users.", "Let us know if anyone has a disability and needs an accommodation, we'll find accessible homes.", "The home has no disability ramp yet."]) {
      expect(found(text), text).toEqual([]);
    }
  });

  it("blocks pet fees on assistance animals and passes their waiver", () => {
    for (const text of ["Emotional support animals pay the same pet fee.", "Pet rent also applies to service dogs.", "Service animals will be charged a $300 deposit."]) {
      expect(found(text), text).toEqual(["block:disability"]);
    }
    expect(found("Service animals are welcome with no pet deposit.")).toEqual([]);
    expect(found("$500 pet deposit, waived for assistance animals.")).toEqual([]);
  });

  it("blocks refusing benefits income and passes counting it", () => {
    for (const text of ["We won't accept SSDI as income.", "Landlord does not count unemployment benefits.", "We can weed out the Section 8 people before showings.", "No SSI recipients."]) {
      expect(found(text), text).toContain("block:source_of_income");
    }
    expect(found("Any lawful income counts, including SSI and unemployment benefits.")).toEqual([]);
    expect(found("No social security number needed, ITIN is fine.")).toEqual([]);
  });

  it("warns on occupation and VA-offer preferences", () => {
    expect(found("Working professionals preferred.")).toEqual(["warn:source_of_income"]);
    expect(found("Solo para profesionales.")).toEqual(["warn:source_of_income"]);
    expect(found("Seller won't accept VA loans on this one.")).toEqual(["warn:veteran_status"]);
    expect(found("Can we steer away from VA offers?")).toEqual(["warn:veteran_status"]);
    expect(found("VA loans welcome, the seller will pay closing costs.")).toEqual([]);
    expect(found("Professional photos and a 3D tour are online.")).toEqual([]);
  });
});
