import { describe, expect, it } from "vitest";
import { routingFailureNote } from "./routing-failure";

describe("routingFailureNote", () => {
  it("says what happened and what to do, with the reference", () => {
    const note = routingFailureNote("3f9a1c");
    expect(note).toContain("reference 3f9a1c");
    expect(note).toContain('"Find a team"');
  });
});
