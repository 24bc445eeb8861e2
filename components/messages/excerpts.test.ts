import { describe, expect, it } from "vitest";
import { markExcerpts, reworded } from "./excerpts";

describe("marking the gate's excerpts in a message", () => {
  it("marks each excerpt wherever it stands, whatever its case, and merges overlaps", () => {
    expect(markExcerpts("This home is perfect for a couple with no kids", ["perfect for a couple", "No kids"])).toEqual([
      { text: "This home is ", marked: false },
      { text: "perfect for a couple", marked: true },
      { text: " with ", marked: false },
      { text: "no kids", marked: true },
    ]);
    expect(markExcerpts("great for families", ["great for", "for families"])).toEqual([{ text: "great for", marked: true }, { text: " families", marked: true }]);
  });

  it("leaves the text whole when no excerpt is in it", () => {
    expect(markExcerpts("Hello there", ["", "absent"])).toEqual([{ text: "Hello there", marked: false }]);
  });
});

describe("rewording a message as a finding suggests", () => {
  it("puts a quoted phrase of the suggestion in place of the excerpt", () => {
    expect(reworded("Great for families, close to parks", { excerpt: "Great for families", suggestion: 'Name the features: "spacious layout with a large yard, four bedrooms".' }))
      .toBe("Spacious layout with a large yard, four bedrooms, close to parks");
  });

  it("drops the excerpt when the suggestion says to, tidying the punctuation left", () => {
    expect(reworded("Lovely street, no kids, near the park.", { excerpt: "no kids", suggestion: "Drop it and describe the property instead, such as the pool fence." })).toBe("Lovely street, near the park.");
  });

  it("uses a plain suggestion as the new words", () => {
    expect(reworded("Your house is lovely", { excerpt: "Your house", suggestion: "your home" })).toBe("Your home is lovely");
  });

  it("offers nothing for advice, a missing excerpt or no suggestion", () => {
    expect(reworded("A safe neighborhood", { excerpt: "safe neighborhood", suggestion: "Describe the street instead." })).toBeNull();
    expect(reworded("Hello", { excerpt: "no kids", suggestion: "your home" })).toBeNull();
    expect(reworded("Hello", { excerpt: "Hello" })).toBeNull();
  });
});
