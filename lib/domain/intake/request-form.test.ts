import { describe, expect, it } from "vitest";
import { BUDGET_WORDS, PRICE_WORDS, readRequestForm, type RequestFormReading } from "./request-form";

const seller = { firstName: "Rosa", lastName: "Delgado", email: "rosa@example.com", type: "seller", stage: "New Lead", externalId: "form-1" };
const read = (fields: Record<string, string>) => readRequestForm(Object.entries(fields));
const input = (reading: RequestFormReading) => {
  if (!reading.ok) throw new Error(`refused: ${JSON.stringify(reading.fieldErrors)}`);
  return reading.input;
};
const errors = (reading: RequestFormReading) => (reading.ok ? {} : reading.fieldErrors);

describe("reading the New request form", () => {
  it("saves pre-approval as the person chose it: yes, no, or not asked yet", () => {
    expect(input(read({ ...seller, preApproved: "yes" })).preApproved).toBe(true);
    expect(input(read({ ...seller, preApproved: "no" })).preApproved).toBe(false);
    expect(input(read({ ...seller, preApproved: "" })).preApproved).toBeUndefined();
    expect(input(read(seller)).preApproved).toBeUndefined();
    expect(input(read({ ...seller, preApproved: "on" })).preApproved).toBe(true);
    expect(errors(read({ ...seller, preApproved: "maybe" }))).toEqual({ preApproved: "Choose Yes, No or Not asked yet" });
  });

  it.each([
    ["850000", 850_000],
    ["850,000", 850_000],
    ["$850k", 850_000],
    ["850K", 850_000],
    ["1.2M", 1_200_000],
    ["$1.2m", 1_200_000],
  ])("takes %j as the seller's price", (price, dollars) => {
    expect(input(read({ ...seller, priceExpectation: price })).priceExpectation).toBe(dollars);
  });

  it("takes a budget as one amount (the most they spend) or a range", () => {
    const buyer = { ...seller, type: "buyer" };
    expect(input(read({ ...buyer, budget: "$700-800K" }))).toMatchObject({ budgetMin: 700_000, budgetMax: 800_000 });
    const single = input(read({ ...buyer, budget: "800k" }));
    expect([single.budgetMin, single.budgetMax]).toEqual([undefined, 800_000]);
    expect(input(read({ ...buyer, budget: "700k+" }))).toMatchObject({ budgetMin: 700_000 });
    expect(errors(read({ ...buyer, budget: "800k-700k" }))).toEqual({ budget: "The budget's low end is above its high end: write it low to high, like $700-800K" });
  });

  it("says in words how to write money it cannot read", () => {
    expect(errors(read({ ...seller, priceExpectation: "eight fifty", budget: "cheap" }))).toEqual({ priceExpectation: PRICE_WORDS, budget: BUDGET_WORDS });
    expect(PRICE_WORDS).toBe("Write a price like 850,000 or $850k");
    expect(errors(read({ ...seller, priceExpectation: "$250M" }))).toEqual({ priceExpectation: "Amounts above $100M are not plausible: check the zeros" });
  });

  it("keeps the stage within the client type's pipeline, naming that pipeline's stages", () => {
    expect(input(read({ ...seller, stage: "Listing Appointment" })).stage).toBe("Listing Appointment");
    expect(errors(read({ ...seller, stage: "Financially Ready" })).stage).toMatch(/^Choose a stage of the seller pipeline: New Lead, Qualifying, Warm Seller, Hot Seller, Listing Appointment/);
    expect(input(read({ ...seller, type: "investor", stage: "Financially Ready" })).stage).toBe("Financially Ready");
  });

  it("puts each refusal on its field, in the form's words, all at once", () => {
    expect(errors(read({ firstName: "", type: "landlord", postalCode: "9173", phone: "call me", language: "spanish" }))).toEqual({
      firstName: "Give the client's first name",
      type: "Choose buyer, seller, investor or renter",
      postalCode: "Enter a 5-digit ZIP code such as 91737",
      phone: "Enter a phone number such as +1 909 555 0100",
      language: "Choose a language from the list",
    });
    expect(errors(read({ ...seller, email: "" }))).toEqual({ email: "Give an email or a phone number so the team can reach them" });
    expect(errors(read({ ...seller, email: "rosa@" }))).toEqual({ email: "Enter an email address like name@example.com" });
    expect(errors(read({ ...seller, externalId: "x".repeat(201) }))).toEqual({ externalId: "This form is out of date: reload the page and enter the request again" });
  });

  it("passes the lead source, tags, consents and the rest through, leaving blank fields out", () => {
    const r = input(read({ ...seller, leadSource: " Open house ", tags: "referral, , jorge-personal", smsConsent: "on", language: "ES", postalCode: "91737-1234", lastName: "", city: "" }));
    expect(r).toMatchObject({ leadSource: "Open house", tags: ["referral", "jorge-personal"], smsConsent: true, emailConsent: false, language: "es", postalCode: "91737", contact: { firstName: "Rosa", lastName: "", email: "rosa@example.com" } });
    expect(r.city).toBeUndefined();
    expect(input(read(seller)).leadSource).toBeUndefined();
  });

  it("reads the timeline in days, weeks or months", () => {
    expect(input(read({ ...seller, timelineDays: "45" })).timelineDays).toBe(45);
    expect(input(read({ ...seller, timelineDays: "6 weeks" })).timelineDays).toBe(42);
    expect(input(read({ ...seller, timelineDays: "3 months" })).timelineDays).toBe(90);
    expect(errors(read({ ...seller, timelineDays: "soon" })).timelineDays).toBe("Write the timeline like 45, 6 weeks or 3-6 months, or leave it empty");
    expect(input(read({ ...seller, timelineDays: "ASAP" })).timelineDays).toBe(0);
  });

  it("reads the first of a repeated field and ignores files and unknown fields", () => {
    const r = readRequestForm([...Object.entries(seller), ["type", "buyer"], ["upload", new Blob(["x"])], ["contact", "x"]]);
    expect(input(r).type).toBe("seller");
  });
});
