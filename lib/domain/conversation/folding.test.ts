import { describe, expect, it } from "vitest";
import { fold } from "./folding";

describe("folding text for matching", () => {
  it("drops case and accents without moving offsets", () => {
    const text = "Sí, la RECÁMARA ¿está lista?";
    expect(fold(text)).toBe("si, la recamara ¿esta lista?");
    expect(fold(text)).toHaveLength(text.length);
    expect(fold("we\u2019re")).toBe("we're");
  });
});
