import { describe, expect, it } from "vitest";
import type { Pipeline, QualificationField } from "../team/vocabulary";
import { readBudget, readPrice } from "./money-answer";
import { reading } from "./reading";

const r = (text: string, lastQuestion: QualificationField | null, pipeline: Pipeline) =>
  reading(text, { pipeline, lastQuestion, now: new Date("2026-01-15T18:00:00Z"), timeZone: "America/Los_Angeles", language: "en" });
const price = (text: string, lastQuestion: QualificationField | null = "price") => readPrice(r(text, lastQuestion, "seller"))?.answer ?? null;
const budget = (text: string, lastQuestion: QualificationField | null = "budget") => readBudget(r(text, lastQuestion, "buyer"))?.answer ?? null;

describe("the seller's price", () => {
  it("reads an amount, a floor and a bare number asked for", () => {
    expect(price("850")?.value).toEqual({ amount: 850_000 });
    expect(price("I'd want at least 900", null)?.value).toEqual({ amount: 900_000, atLeast: true });
    expect(price("unos 900 mil")?.value).toEqual({ amount: 900_000 });
    expect(price("We'd list it for 780k if we sold", null)?.value).toEqual({ amount: 780_000 });
  });

  it("does not take a bare number nobody asked about, or what they paid", () => {
    expect(price("We have 850", null)).toBeNull();
    expect(price("we bought it for 500k in 2015", null)).toBeNull();
    expect(price("We paid 450k back in 2012, hoping to get 900k now", null)?.value).toEqual({ amount: 900_000 });
  });

  it("takes the seller's own wish over what was paid or what others got", () => {
    expect(price("the house next door went for 880, we'd want closer to 930")?.value).toEqual({ amount: 930_000 });
    expect(price("comps are around 760 but hoping for eight hundred")?.value).toEqual({ amount: 800_000 });
    expect(price("paid 390 in 2014, want 875 now")?.value).toEqual({ amount: 875_000 });
    expect(price("we owe 310 on it, asking 820k", null)?.value).toEqual({ amount: 820_000 });
  });

  it("takes what others got only when it is the only amount, as the price the seller goes by", () => {
    expect(price("redfin has it at 905, thats about right")?.value).toEqual({ amount: 905_000 });
    expect(price("we paid 390")).toBeNull();
  });

  it("reads a price said in words", () => {
    expect(price("nine forty")?.value).toEqual({ amount: 940_000 });
    expect(price("un millón cien mil")?.value).toEqual({ amount: 1_100_000 });
    expect(price("a mil would be nice", null)?.value).toEqual({ amount: 1_000_000 });
  });

  it("records not knowing the price as answered at low quality", () => {
    expect(price("Not sure, what do you think it's worth?")).toMatchObject({ value: { unknown: true }, quality: 15 });
  });
});

describe("the buyer's budget", () => {
  it.each([
    ["under 750k", { max: 750_000 }],
    ["$700-800K", { min: 700_000, max: 800_000 }],
    ["650", { max: 650_000 }],
    ["entre 600 y 700 mil", { min: 600_000, max: 700_000 }],
  ])("reads %j", (text, value) => {
    expect(budget(text)?.value).toEqual(value);
  });

  it.each([
    ["625 to 675", { min: 625_000, max: 675_000 }],
    ["between 850 and 950 I guess", { min: 850_000, max: 950_000 }],
    ["nine hundred max", { max: 900_000 }],
    ["hasta un millón", { max: 1_000_000 }],
  ])("reads the bare or spoken budget %j as thousands", (text, value) => {
    expect(budget(text)?.value).toEqual(value);
  });

  it("takes a bare number only in reply to the budget question", () => {
    expect(budget("650", "bedrooms")).toBeNull();
    expect(budget("We're looking in the 900k range", null)?.value).toEqual({ max: 900_000 });
  });
});
