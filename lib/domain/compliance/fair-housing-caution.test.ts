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

  it("warns on low-crime wording in Spanish and English", () => {
    expect(found("Barrio con bajo índice de criminalidad.")).toEqual(["bajo índice de criminalidad"]);
    expect(found("Zona de baja delincuencia.")).toEqual(["baja delincuencia"]);
    expect(found("The crime rate is very low here.")).toEqual(["crime rate is very low"]);
    expect(found("Bajo precio, cerca de la 10.")).toEqual([]);
  });
});
