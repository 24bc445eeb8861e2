import { describe, expect, it } from "vitest";
import { detectLanguage, readLanguage } from "./language";

describe("the language a client writes in", () => {
  it.each([
    ["Quiero vender mi casa en Etiwanda", "es"],
    ["¿Cuánto vale mi casa?", "es"],
    ["Necesita trabajo, el techo es viejo", "es"],
    ["We want to sell our house in Alta Loma this spring", "en"],
    ["Hola, I want to sell my house", "en"],
    ["It's on Vista del Rio in La Verne", "en"],
  ])("reads %j as %s", (text, language) => {
    expect(detectLanguage(text)).toBe(language);
  });

  it("keeps the client's known language for a short ambiguous reply", () => {
    expect(detectLanguage("ok", "es")).toBe("es");
    expect(detectLanguage("850k", "es")).toBe("es");
    expect(detectLanguage("Si", "en")).toBe("en");
    expect(detectLanguage("ok")).toBe("en");
  });

  it("lets a clear reply win over the known language", () => {
    expect(detectLanguage("Sí, tenemos tres recámaras y un patio", "en")).toBe("es");
    expect(detectLanguage("Yes, we need a yard for the dog", "es")).toBe("en");
  });

  it("says how much evidence it found", () => {
    expect(readLanguage("¿Hola, qué tal?")).toMatchObject({ language: "es", english: 0 });
  });
});
