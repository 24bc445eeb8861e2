import { describe, expect, it } from "vitest";
import { fieldMappingFrom, flattenCustomFields } from "../intake/custom-fields";
import { crmFacts, readYesNo } from "./crm-facts";

const mapping = fieldMappingFrom(null);
const facts = (raw: unknown) => crmFacts(flattenCustomFields(raw), mapping);

describe("reading client facts from CRM custom fields", () => {
  it("reads budgets as ranges or an upper bound", () => {
    expect(facts({ Budget: "$700-800K" })).toEqual({ budgetMin: 700_000, budgetMax: 800_000 });
    expect(facts({ "Price Range": "under 750k" })).toEqual({ budgetMax: 750_000 });
    expect(facts([{ id: "max_budget", value: 650000 }])).toEqual({ budgetMax: 650_000 });
  });

  it("reads a timeline, a ZIP, an address, pre-approval and the lead source", () => {
    expect(facts({ Timeline: "30 days", "Zip Code": "91737-2201", "Property Address": "9470 Hillside Rd", "Pre Approved": "Yes", "Lead Source": "Open house" })).toEqual({
      timelineDays: 30, postalCode: "91737", propertyAddress: "9470 Hillside Rd", preApproved: true, leadSource: "Open house",
    });
    expect(facts({ timeframe: "ASAP" })).toEqual({ timelineDays: 0 });
  });

  it("reads a price expectation, the middle of a range when it is one", () => {
    expect(facts({ "Asking Price": "$1.2M" })).toEqual({ priceExpectation: 1_200_000 });
    expect(facts({ "Home Value": "$700-800K" })).toEqual({ priceExpectation: 750_000 });
  });

  it("leaves out what it cannot read instead of guessing", () => {
    expect(facts({ Budget: "depends", Timeline: "not sure", Zip: "Ontario", "Pre Approved": "maybe", "Asking Price": "make an offer", "Max Budget": "900M" })).toEqual({});
  });

  it("reads yes and no as lead forms write them", () => {
    for (const yes of ["Yes", "y", "TRUE", "Pre-approved", true, 1]) expect(readYesNo(yes)).toBe(true);
    for (const no of ["No", "not yet", "false", "Not pre-approved", false, 0]) expect(readYesNo(no)).toBe(false);
    for (const unknown of ["Not sure", "working on it", 7]) expect(readYesNo(unknown)).toBeUndefined();
  });
});
