import { describe, expect, it } from "vitest";
import type { Pipeline, QualificationField } from "../team/vocabulary";
import { readMotivation } from "./motivation-answer";
import { reading } from "./reading";

const read = (text: string, lastQuestion: QualificationField | null = "motivation", pipeline: Pipeline = "seller") =>
  readMotivation(reading(text, { pipeline, lastQuestion, now: new Date("2026-01-15T18:00:00Z"), timeZone: "America/Los_Angeles", language: "en" }))?.answer ?? null;

describe("why the seller sells", () => {
  it.each([
    ["Relocating for work to Phoenix", "relocation", "Phoenix"],
    ["Retiring to Arizona", "retiring", "Arizona"],
    ["Me transfieren a Houston por trabajo", "relocation", "Houston"],
    ["We want to be closer to family in Texas", "family", "Texas"],
  ])("reads %j as %s, moving to %s", (text, reason, movingTo) => {
    expect(read(text)).toMatchObject({ value: { reason, movingTo } });
  });

  it("reads too big for us as downsizing, in either language", () => {
    expect(read("La casa es muy grande para nosotros")).toMatchObject({ value: { reason: "downsizing" } });
    expect(read("the house is too big for just me")).toMatchObject({ value: { reason: "downsizing" } });
    expect(read("Growing family, we need more space")).toMatchObject({ value: { reason: "upsizing" } });
  });

  it("records a divorce as the reason (the escalation triggers stop the conversation)", () => {
    expect(read("Going through a divorce unfortunately")).toMatchObject({ value: { reason: "divorce" } });
  });

  it("keeps another reason in the client's words only in reply to the question", () => {
    expect(read("We just want a change of scenery honestly")).toMatchObject({ value: { reason: "other" }, quality: 60 });
    expect(read("We just want a change of scenery honestly", "price")).toBeNull();
    expect(read("Who is this?")).toBeNull();
    expect(read("not sure yet")).toMatchObject({ value: { unknown: true }, quality: 15 });
  });

  it("does not take a reply that turns the sale down as a reason", () => {
    expect(read("we changed our minds, not selling right now")).toBeNull();
    expect(read("Ya no vamos a vender, gracias")).toBeNull();
  });

  it("keeps as the reason only the words no other reader took", () => {
    const r = reading("we could move out in about 3 weeks", { pipeline: "seller", lastQuestion: "motivation", now: new Date("2026-01-15T18:00:00Z"), timeZone: "America/Los_Angeles", language: "en" });
    const masked = reading("we could move out in about        ", r.ctx, r.original);
    expect(readMotivation(masked)).toBeNull();
    const mixed = reading("Honestly the commute is killing us,        ", r.ctx, "Honestly the commute is killing us, in 3 weeks");
    expect(readMotivation(mixed)?.answer.value).toEqual({ reason: "other", text: "Honestly the commute is killing us" });
  });

  it("is a seller's question only", () => {
    expect(read("Relocating for work to Phoenix", null, "buyer")).toBeNull();
  });
});
