import { describe, expect, it } from "vitest";
import { render, Variety } from "./phrases";
import { Prng } from "./prng";

describe("phrases", () => {
  it("fills slots and resolves [a|b] choices, a list slot picking one phrasing", () => {
    const rng = new Prng(1);
    expect(render(rng, "Hi {first}, [thanks|thank you].", { first: "Ana" })).toMatch(/^Hi Ana, (thanks|thank you)\.$/);
    expect(render(rng, "Near {street}.", { street: ["Haven Ave", "Banyan St"] })).toMatch(/^Near (Haven Ave|Banyan St)\.$/);
    expect(render(rng, "Keeps {missing} visible.", {})).toBe("Keeps {missing} visible.");
  });

  it("never lets one sentence pass five uses in two days while other phrasings are free, and drops an optional one", () => {
    const variety = new Variety();
    const rng = new Prng(2);
    const at = new Date("2026-05-15T17:00:00Z");
    const part = ["Just checking in on your plans today.", "Following up on my note from last week."];
    const said = Array.from({ length: 10 }, (_, i) => variety.sentence(rng, part, {}, at, [`N${i}`]));
    expect(said.filter((s) => s === part[0]).length).toBe(5);
    expect(said.filter((s) => s === part[1]).length).toBe(5);
    expect(variety.sentence(rng, [...part, ""], {}, at, ["X"])).toBe("");
    const later = new Date(at.getTime() + 5 * 86_400_000);
    expect(part).toContain(variety.sentence(rng, part, {}, later, ["Y"]));
  });

  it("draws freely when no limit is set (the benchmark sizes)", () => {
    const variety = new Variety(null);
    const rng = new Prng(3);
    const at = new Date("2026-05-15T17:00:00Z");
    expect(Array.from({ length: 20 }, () => variety.sentence(rng, ["Only one phrasing for this sentence."], {}, at, []))).toHaveLength(20);
  });
});
