import { describe, expect, it } from "vitest";
import { CAUTION_RULES } from "./fair-housing-caution";
import { applyFairHousingRules } from "./fair-housing-rules";

const found = (text: string) => applyFairHousingRules(text, CAUTION_RULES).map((f) => f.excerpt);

describe("second-look words", () => {
  it("warns on the words about places and people", () => {
    expect(found("Exclusive enclave, restricted community, very safe neighborhood.")).toEqual(["Exclusive", "restricted", "very safe neighborhood"]);
    expect(found("Zona segura, mature couple, man-cave, his & hers sinks.")).toEqual(["Zona segura", "mature", "man-cave", "his & hers"]);
  });

  it("passes the same words in another sense", () => {
    expect(found("Exclusive right to sell; deed-restricted HOA; restricted to tile roofs.")).toEqual([]);
    expect(found("Exclusive: first look at this home. Exclusive - private showing Sunday.")).toEqual([]);
    expect(found("Mature citrus trees. Safe travels! It's safe to say we will close.")).toEqual([]);
  });
});
