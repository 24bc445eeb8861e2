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
});
