import { describe, expect, it } from "vitest";
import { placeFor } from "./test-fixtures";

describe("seatRequestFor", () => {
  it("carries the market, language, consent and other-side data of the request", () => {
    const req = placeFor("buyer_specialist", { clientType: "buyer", postalCode: "92336", language: "es", optedOut: true, otherSideSeatIds: ["x"], afterHours: true });
    expect(req).toMatchObject({ role: "buyer_specialist", market: { id: "m-fo", name: "Fontana" }, language: "es", optedOut: true, otherSideSeatIds: ["x"], dualAgency: false, afterHours: true });
  });

  it("marks luxury from the price band or a luxury market", () => {
    expect(placeFor("buyer_specialist", { clientType: "buyer", budgetMax: 1_200_000 }).luxury).toBe(true);
    expect(placeFor("buyer_specialist", { clientType: "buyer", postalCode: "91709" }).luxury).toBe(true);
    expect(placeFor("buyer_specialist", { clientType: "buyer", budgetMax: 1_199_999, postalCode: "91701" }).luxury).toBe(false);
  });

  it("reads a request for a person from the text and takes the commission from the priority", () => {
    const req = placeFor("listing_specialist", { clientType: "seller", priceExpectation: 900_000, text: "I want to talk to a real person" });
    expect(req.wantsPerson).toBe(true);
    expect(req.commissionPotential).toBe(54_000);
  });

  it("adds the skills the flags call for", () => {
    expect(placeFor("buyer_specialist", { clientType: "investor" }).neededSkills.map((s) => s.skill)).toContain("investment_analysis");
  });
});
