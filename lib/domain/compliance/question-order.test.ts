import { describe, expect, it } from "vitest";
import { checkQuestionOrder } from "./question-order";

const categories = (questions: string[], pipeline: "seller" | "buyer", answered: string[] = []) => checkQuestionOrder(questions, pipeline, answered).map((f) => f.explanation);

describe("checkQuestionOrder", () => {
  it("accepts a seller's questions in Jorge's order, one step after the other in one message too", () => {
    expect(categories(["What's the address of the home?"], "seller")).toEqual([]);
    expect(categories(["Why are you selling, and where are you moving?"], "seller", ["address"])).toEqual([]);
    expect(categories(["Would a sale in the next 30-45 days work?"], "seller", ["address", "motivation"])).toEqual([]);
    expect(categories(["Is it move-in ready or does it need some work?"], "seller", ["address", "motivation", "timeline"])).toEqual([]);
    expect(categories(["What is the address?", "Why are you selling?"], "seller")).toEqual([]);
  });

  it("names the skipped step when a later question comes first", () => {
    expect(categories(["Is it move-in ready?"], "seller", ["address"])).toEqual(["Jorge's order asks about why they are selling and where they are moving before whether the home is move-in ready or needs work."]);
    expect(categories(["¿Ya tiene pre-aprobación con un prestamista?"], "buyer")).toEqual(["Jorge's order asks about their price range before lender pre-approval."]);
  });

  it("warns on asking again what was answered, pointing to the next open step", () => {
    const [finding] = checkQuestionOrder(["What's your budget?"], "buyer", ["budget", "pre_approval"]);
    expect(finding).toMatchObject({ category: "question_order", severity: "warn", excerpt: "What's your budget?", suggestion: "Build on their answer and ask about bedrooms and yard instead." });
  });

  it("counts bedrooms and yard as one step answered by either, and ignores questions off the order", () => {
    expect(categories(["When are you hoping to move in?"], "buyer", ["budget", "pre_approval", "bedrooms"])).toEqual([]);
    expect(categories(["Do you need a yard?"], "buyer", ["budget", "pre_approval", "bedrooms"])).toEqual([]);
    expect(categories(["Did you see the game last night?"], "buyer")).toEqual([]);
  });
});
