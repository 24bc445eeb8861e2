import { describe, expect, it } from "vitest";
import { ORIGIN_RULES } from "./fair-housing-origin";
import { applyFairHousingRules } from "./fair-housing-rules";

const found = (text: string) => applyFairHousingRules(text, ORIGIN_RULES).map((f) => `${f.severity}:${f.category}`);

describe("race, origin, religion, language and citizenship phrases", () => {
  it("blocks neighborhoods described by their residents", () => {
    expect(found("The area is mostly Black.")).toEqual(["block:race"]);
    expect(found("Very Korean part of town.")).toEqual(["block:national_origin"]);
    expect(found("Hay muchas familias mexicanas.")).toEqual(["block:national_origin"]);
  });

  it("passes colors, styles and landmarks", () => {
    expect(found("The kitchen is mostly white with brass hardware.")).toEqual([]);
    expect(found("Bright white family room; Spanish-style roof; near the Islamic Center and St. Mary's church.")).toEqual([]);
    expect(found("Great Mexican food nearby.")).toEqual([]);
  });

  it("blocks steering by a house of worship but not the landmark alone", () => {
    expect(found("Near the mosque so you'll fit in.")).toEqual(["block:religion"]);
    expect(found("Near the mosque and the 10 freeway.")).toEqual([]);
  });

  it("blocks language, citizenship and immigration screens", () => {
    expect(found("Must speak English.")).toEqual(["block:primary_language"]);
    expect(found("Seller will only accept offers from US citizens.")).toEqual(["block:citizenship"]);
    expect(found("Perfect for senior citizens in the 55+ park.")).toEqual([]);
    expect(found("No inmigrantes.")).toEqual(["block:immigration_status"]);
    expect(found("Jorge habla inglés y español.")).toEqual([]);
  });
});
