import { describe, expect, it } from "vitest";
import { detectSpanish, languageName, normalizeLanguage } from "./language";

describe("detectSpanish", () => {
  it.each([
    "Hola, quiero vender mi casa en Fontana lo antes posible",
    "Buenos dias, necesito ayuda para comprar una casa",
    "¿Cuánto vale mi casa? Gracias",
  ])("reads %j as Spanish", (text) => {
    expect(detectSpanish(text).spanish).toBe(true);
  });

  it.each([
    "I want to sell my casa in Alta Loma",
    "Hola! I want to sell my house on Vista Del Rio",
    "Looking at homes near Los Osos High in La Verne and El Monte",
    "Gracias! I will see you Saturday at the open house on Haven Ave",
    "Is the home 2 mi from the 210? no HOA please",
    "",
  ])("keeps %j English", (text) => {
    expect(detectSpanish(text).spanish).toBe(false);
  });

  it("lists the marker words it found", () => {
    expect(detectSpanish("quiero vender mi casa").markers).toEqual(["quiero", "vender", "casa"]);
  });
});

describe("normalizeLanguage", () => {
  it("keeps the primary subtag in lowercase", () => {
    expect(normalizeLanguage("es-MX")).toBe("es");
    expect(normalizeLanguage(" ES ")).toBe("es");
    expect(normalizeLanguage("zh_Hant")).toBe("zh");
  });

  it("gives null for empty input", () => {
    expect(normalizeLanguage("")).toBeNull();
    expect(normalizeLanguage(null)).toBeNull();
    expect(normalizeLanguage(undefined)).toBeNull();
  });
});

describe("languageName", () => {
  it("names known codes and echoes unknown ones", () => {
    expect(languageName("es")).toBe("Spanish");
    expect(languageName("xx")).toBe("xx");
  });
});
