import { describe, expect, it } from "vitest";
import type { QualificationField } from "../team/vocabulary";
import { readPreApproval } from "./pre-approval-answer";
import { reading } from "./reading";

const read = (text: string, lastQuestion: QualificationField | null = "pre_approval", pipeline: "buyer" | "seller" = "buyer") =>
  readPreApproval(reading(text, { pipeline, lastQuestion, now: new Date("2026-01-15T18:00:00Z"), timeZone: "America/Los_Angeles", language: "en" }))?.answer ?? null;

describe("a buyer's pre-approval", () => {
  it("reads the amount and lender beside the approval", () => {
    expect(read("pre-approved for 700k with Chase")?.value).toEqual({ value: true, amount: 700_000, lender: "Chase" });
    expect(read("We are preapproved through Rocket Mortgage up to 825k", null)?.value).toEqual({ value: true, amount: 825_000, lender: "Rocket Mortgage" });
    expect(read("pre-aprobado por 700 mil")?.value).toEqual({ value: true, amount: 700_000 });
  });

  it("reads not yet, in either language", () => {
    expect(read("haven't talked to a lender")?.value).toEqual({ value: false });
    expect(read("No, todavía no hablamos con un prestamista")?.value).toEqual({ value: false });
    expect(read("No not yet")?.value).toEqual({ value: false });
  });

  it("takes a yes said further in, hedged, as a yes", () => {
    expect(read("my wife talked to the bank, I believe so")?.value).toEqual({ value: true });
    expect(read("hmm I don't think so")?.value).toEqual({ value: false });
  });

  it("gives the approval only an amount said with it", () => {
    expect(read("a 640k pre-approval from Wells Fargo", null)?.value).toEqual({ value: true, amount: 640_000, lender: "Wells Fargo" });
    expect(read("we want to stay near 650k, already pre-approved", null)?.value).toEqual({ value: true });
  });

  it("takes cash as financing in place", () => {
    expect(read("We're paying cash")?.value).toEqual({ value: true, cash: true });
  });

  it("takes a bare yes only as the answer to the question, and rates a pre-qualification lower", () => {
    expect(read("yes")?.value).toEqual({ value: true });
    expect(read("yes", "bedrooms")).toBeNull();
    expect(read("we're pre-qualified")?.quality).toBe(70);
  });

  it("does not give a budget in the same message to the approval", () => {
    expect(read("Looking for a 3 bed under 700k, we're already preapproved", null)?.value).toEqual({ value: true });
  });

  it("is the buyer's question only", () => {
    expect(read("pre-approved for 700k", "pre_approval", "seller")).toBeNull();
  });
});
