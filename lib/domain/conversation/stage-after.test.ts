import { describe, expect, it } from "vitest";
import { stageAfter } from "./stage-after";

describe("the stage after an answer", () => {
  it("moves a seller forward with the temperature", () => {
    expect(stageAfter({ pipeline: "seller", stage: "New Lead", temperature: "cold", preApproved: null })).toBe("Qualifying");
    expect(stageAfter({ pipeline: "seller", stage: "Qualifying", temperature: "warm", preApproved: null })).toBe("Warm Seller");
    expect(stageAfter({ pipeline: "seller", stage: "Warm Seller", temperature: "hot", preApproved: null })).toBe("Hot Seller");
  });

  it("moves a buyer to Financially Ready only when pre-approved and warm or better", () => {
    expect(stageAfter({ pipeline: "buyer", stage: "New Lead", temperature: "cold", preApproved: true })).toBe("Qualifying");
    expect(stageAfter({ pipeline: "buyer", stage: "Qualifying", temperature: "warm", preApproved: true })).toBe("Financially Ready");
    expect(stageAfter({ pipeline: "buyer", stage: "Qualifying", temperature: "hot", preApproved: false })).toBe("Qualifying");
  });

  it("never moves a client backwards, nor out of a stage a person set", () => {
    expect(stageAfter({ pipeline: "seller", stage: "Hot Seller", temperature: "warm", preApproved: null })).toBe("Hot Seller");
    for (const stage of ["Listing Appointment", "Listed", "Under Contract", "Closed", "Lost"]) {
      expect(stageAfter({ pipeline: "seller", stage, temperature: "hot", preApproved: null })).toBe(stage);
    }
    expect(stageAfter({ pipeline: "buyer", stage: "Showing Scheduled", temperature: "hot", preApproved: true })).toBe("Showing Scheduled");
    expect(stageAfter({ pipeline: "buyer", stage: "Custom", temperature: "hot", preApproved: true })).toBe("Custom");
  });
});
