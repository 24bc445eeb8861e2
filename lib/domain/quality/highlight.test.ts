import { describe, expect, it } from "vitest";
import { highlightExcerpts } from "./highlight";

const marked = (segments: { text: string; marked: boolean }[]) => segments.filter((s) => s.marked).map((s) => s.text);

describe("highlightExcerpts", () => {
  it("marks each quoted excerpt wherever it appears, whatever its case, and keeps the body whole", () => {
    const body = "Great for families! Families love the yard.";
    const segments = highlightExcerpts(body, ["families"]);
    expect(marked(segments)).toEqual(["families", "Families"]);
    expect(segments.map((s) => s.text).join("")).toBe(body);
  });

  it("merges overlapping excerpts into one mark", () => {
    expect(marked(highlightExcerpts("No kids allowed here", ["no kids", "kids allowed"]))).toEqual(["No kids allowed"]);
  });

  it("marks nothing for an excerpt the body does not hold, or a blank one", () => {
    expect(highlightExcerpts("Hello there", ["goodbye", "  "])).toEqual([{ text: "Hello there", marked: false }]);
    expect(highlightExcerpts("", ["x"])).toEqual([{ text: "", marked: false }]);
  });
});
