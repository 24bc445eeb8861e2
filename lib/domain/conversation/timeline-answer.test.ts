import { describe, expect, it } from "vitest";
import type { QualificationField } from "../team/vocabulary";
import { reading } from "./reading";
import { readMoveIn, readSellerTimeline } from "./timeline-answer";

const ctx = (lastQuestion: QualificationField | null, pipeline: "seller" | "buyer" = "seller", language: "en" | "es" = "en") =>
  ({ pipeline, lastQuestion, now: new Date("2026-01-15T18:00:00Z"), timeZone: "America/Los_Angeles", language });
const seller = (text: string, lastQuestion: QualificationField | null = "timeline", language: "en" | "es" = "en") => readSellerTimeline(reading(text, ctx(lastQuestion, "seller", language)))?.answer ?? null;
const buyer = (text: string, lastQuestion: QualificationField | null = "move_in") => readMoveIn(reading(text, ctx(lastQuestion, "buyer")))?.answer ?? null;

describe("the seller's timeline", () => {
  it("reads a yes or no to the 30-45 day sale", () => {
    expect(seller("yes 30-45 days is fine")?.value).toEqual({ fits30to45: true });
    expect(seller("that works for us")?.value).toEqual({ fits30to45: true });
    expect(seller("Sí, está bien", "timeline", "es")?.value).toEqual({ fits30to45: true });
    expect(seller("no")?.value).toEqual({ fits30to45: false });
  });

  it("reads a date as days and decides the 30-45 days from it", () => {
    expect(seller("not until summer")?.value).toEqual({ days: 157, date: "2026-06-21", fits30to45: false });
    expect(seller("by March would be ideal")?.value).toMatchObject({ days: 45, fits30to45: true });
    expect(seller("60 days")?.value).toMatchObject({ days: 60, fits30to45: false });
    expect(seller("No, para la primavera", "timeline", "es")?.value).toMatchObject({ days: 64, fits30to45: false });
  });

  it("a yes with a date past 45 days is not a 30-45 day sale", () => {
    expect(seller("yes, in about 3 months")?.value).toMatchObject({ days: 90, fits30to45: false });
  });

  it("takes a timeline nobody asked about only beside words of selling or moving", () => {
    expect(seller("We need to be out in 30 days", null)?.value).toMatchObject({ days: 30, fits30to45: true });
    expect(seller("I was at the open house in March", null)).toBeNull();
  });

  it("takes a hedged yes as a yes, at lower quality", () => {
    expect(seller("probably, if the new place closes in time")).toMatchObject({ value: { fits30to45: true }, quality: 50 });
    expect(seller("probably not, we need longer")?.value).toEqual({ fits30to45: false });
  });

  it("reads a span said in words, hedged or not", () => {
    expect(seller("about forty days")?.value).toMatchObject({ days: 40, fits30to45: true });
    expect(seller("quizás en unos cuatro meses", "timeline", "es")).toMatchObject({ value: { days: 120, fits30to45: false }, quality: 50 });
  });

  it("records a reply that does not know as answered at low quality", () => {
    expect(seller("idk")).toMatchObject({ value: { unknown: true }, quality: 15 });
    expect(seller("maybe, depends on if we find something")).toMatchObject({ value: { unknown: true }, quality: 25 });
    expect(seller("thanks!")).toBeNull();
  });
});

describe("the buyer's move-in date", () => {
  it.each([
    ["next summer", 157],
    ["As soon as possible", 0],
    ["We need to move in within 30 days", 30],
  ])("reads %j as %d days", (text, days) => {
    expect(buyer(text)?.value).toMatchObject({ days });
  });

  it("reads a hedged span as an answer at lower quality, not as not knowing", () => {
    expect(buyer("not in a rush, maybe six months")).toMatchObject({ value: { days: 180 }, quality: 50 });
  });

  it("is the buyer's question only, and not a meeting time", () => {
    expect(readMoveIn(reading("next summer", ctx("move_in", "seller")))).toBeNull();
    expect(buyer("Can we talk tomorrow at 3?")).toBeNull();
  });
});
