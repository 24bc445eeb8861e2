import { describe, expect, it } from "vitest";
import { answeredFields, nextQuestion } from "./question-flow";

describe("Jorge's order of questions", () => {
  it("asks a seller's questions in order, skipping answered ones", () => {
    expect(nextQuestion({ pipeline: "seller", type: "seller", answered: [], language: "en" })).toEqual({ field: "address", templateKey: "ask.address", language: "en" });
    expect(nextQuestion({ pipeline: "seller", type: "seller", answered: ["address", "timeline"], language: "es" })?.field).toBe("motivation");
    expect(nextQuestion({ pipeline: "seller", type: "seller", answered: ["address", "motivation", "timeline", "condition", "price"], language: "en" })).toBeNull();
  });

  it("asks bedrooms and yard as one buyer question, covered by either answer", () => {
    expect(nextQuestion({ pipeline: "buyer", type: "buyer", answered: ["budget", "pre_approval"], language: "en" })?.templateKey).toBe("ask.bedrooms");
    expect(nextQuestion({ pipeline: "buyer", type: "buyer", answered: ["budget", "pre_approval", "yard"], language: "en" })?.field).toBe("move_in");
  });

  it("does not ask a renter about a lender", () => {
    expect(nextQuestion({ pipeline: "buyer", type: "renter", answered: ["budget"], language: "en" })?.field).toBe("bedrooms");
  });

  it("counts what the CRM already knows as answered", () => {
    expect(answeredFields("buyer", { budgetMax: 800_000, timelineDays: 30 }, []).sort()).toEqual(["budget", "move_in"]);
    expect(answeredFields("seller", { propertyAddress: "1 Main St", qualification: { whySelling: "work", condition: " " }, timelineDays: 60 }, []).sort()).toEqual(["address", "motivation", "timeline"]);
    expect(answeredFields("seller", {}, [{ field: "price", value: { amount: 1 }, excerpt: "1", quality: 90 }])).toEqual(["price"]);
  });
});
