import { describe, expect, it } from "vitest";
import { readCondition } from "./condition-answer";
import { reading } from "./reading";

const state = (text: string) =>
  readCondition(reading(text, { pipeline: "seller", lastQuestion: "condition", now: new Date("2026-01-15T18:00:00Z"), timeZone: "America/Los_Angeles", language: "en" }))?.answer.value.state ?? null;

describe("the home's condition", () => {
  it.each([
    ["It needs a new roof", "needs_work"],
    ["totally updated, new floors and kitchen", "move_in_ready"],
    ["it's a fixer", "fixer"],
    ["It needs a lot of work, foundation issues", "fixer"],
    ["Good condition, just a little dated", "needs_work"],
    ["It doesn't need any work, we just redid everything", "move_in_ready"],
    ["necesita trabajo", "needs_work"],
    ["Está lista para mudarse", "move_in_ready"],
    ["honestly it needs a lil work here and there", "needs_work"],
    ["the carpets are pretty worn and the hvac is old", "needs_work"],
    ["it needs no work at all", "move_in_ready"],
    ["le hace falta algo de mantenimiento", "needs_work"],
    ["necesita varios arreglos", "needs_work"],
    ["el techo está viejo", "needs_work"],
  ])("reads %j as %s", (text, expected) => {
    expect(state(text)).toBe(expected);
  });

  it("finds nothing in words that say nothing about the home", () => {
    expect(state("ok sounds good")).toBeNull();
    expect(state("we need to talk to our kids first")).toBeNull();
    expect(state("I need to work late, text me")).toBeNull();
  });
});
