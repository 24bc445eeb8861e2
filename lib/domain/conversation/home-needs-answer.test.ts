import { describe, expect, it } from "vitest";
import type { QualificationField } from "../team/vocabulary";
import { readBedrooms, readYard } from "./home-needs-answer";
import { reading } from "./reading";

const r = (text: string, lastQuestion: QualificationField | null = "bedrooms") =>
  reading(text, { pipeline: "buyer", lastQuestion, now: new Date("2026-01-15T18:00:00Z"), timeZone: "America/Los_Angeles", language: "en" });

describe("bedrooms and yard", () => {
  it.each([
    ["4 bed", { count: 4 }],
    ["at least three bedrooms", { count: 3 }],
    ["3-4 br", { count: 3, max: 4 }],
    ["3 recámaras", { count: 3 }],
    ["cuatro cuartos, el patio no importa", { count: 4 }],
    ["3 is fine, yard doesn't matter", { count: 3 }],
    ["two or three", { count: 2, max: 3 }],
    ["4-5!", { count: 4, max: 5 }],
    ["tres o cuatro", { count: 3, max: 4 }],
  ])("reads the bedrooms in %j", (text, value) => {
    expect(readBedrooms(r(text))?.answer.value).toEqual(value);
  });

  it("takes a bare count only in reply to the bedrooms question", () => {
    expect(readBedrooms(r("3", "bedrooms"))?.answer.value).toEqual({ count: 3 });
    expect(readBedrooms(r("3", "move_in"))).toBeNull();
    expect(readBedrooms(r("I have 2 dogs and 3 kids", null))).toBeNull();
  });

  it.each([
    ["need a big yard for the dog", true],
    ["no yard needed", false],
    ["con patio", true],
    ["el patio no importa", false],
    ["yard doesn't matter", false],
    ["no, the yard isn't important", false],
    ["the yard is important to us", true],
    ["yes", true],
  ])("reads the yard in %j as %s", (text, value) => {
    expect(readYard(r(text))?.answer.value).toEqual({ value });
  });

  it("reads a bare yes or no in reply to the yard question", () => {
    expect(readYard(r("yess please", "yard"))?.answer.value).toEqual({ value: true });
    expect(readYard(r("nah", "yard"))?.answer.value).toEqual({ value: false });
  });

  it("does not read a bare yes as a yard when the question was another", () => {
    expect(readYard(r("yes", "pre_approval"))).toBeNull();
  });
});
