import { describe, expect, it } from "vitest";
import { checkPressure } from "./pressure";

const excerpts = (text: string) => checkPressure(text).map((f) => f.excerpt);

describe("checkPressure", () => {
  it("warns on pushy phrases in English, with a calmer wording", () => {
    for (const text of ["Act now before this one is gone", "Only today: $5k in closing credits", "Don't miss out on Etiwanda", "Last chance to see it", "You'd be crazy to pass this up", "Prices will never be this low again", "Limited time rate buy-down"]) {
      const findings = checkPressure(text);
      expect(findings, text).toHaveLength(1);
      expect(findings[0]).toMatchObject({ rule: "tone", category: "pressure", severity: "warn", suggestion: expect.any(String) });
    }
  });

  it("warns on their Spanish equivalents, accents or not", () => {
    expect(excerpts("¡Actúa ya! Sólo hoy tenemos esta oferta, no te la pierdas")).toEqual(["Actúa ya", "Sólo hoy", "no te la pierdas"]);
    expect(excerpts("Es tu ultima oportunidad, por tiempo limitado")).toEqual(["ultima oportunidad", "por tiempo limitado"]);
    expect(excerpts("¡ÚLTIMA OPORTUNIDAD! No vas a encontrar otra así.")).toEqual(["ÚLTIMA OPORTUNIDAD", "No vas a encontrar otra así"]);
  });

  it("leaves calm messages alone: no hurry, the chance to see it, a time-limited showing window", () => {
    expect(excerpts("No hurry at all. Would Saturday work to see the Alta Loma home?")).toEqual([]);
    expect(excerpts("Happy to give you a chance to look at the numbers first.")).toEqual([]);
    expect(excerpts("Hoy es un buen día para ver la casa si le queda bien.")).toEqual([]);
  });
});
