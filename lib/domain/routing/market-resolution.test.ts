import { describe, expect, it } from "vitest";
import { normalizeCity, normalizeZip, resolveMarket } from "./market-resolution";
import { MARKETS } from "./test-fixtures";

const WITH_ALIASES = MARKETS.map((m) =>
  m.id === "m-rc" ? { ...m, aliases: ["Alta Loma", "Etiwanda", "Terra Vista", "Victoria Gardens", "Day Creek", "Central RC"] } : m.id === "m-ch" ? { ...m, aliases: ["Chino Hills"] } : m.id === "m-uo" ? { ...m, aliases: ["Chino"] } : m,
);

describe("resolveMarket", () => {
  it("finds the market of a ZIP, ZIP+4 included", () => {
    expect(resolveMarket(MARKETS, "92336").market?.id).toBe("m-fo");
    expect(resolveMarket(MARKETS, "92336-1234").reason).toBe("ZIP 92336 is in Fontana");
  });

  it("lets the ZIP win over a city that points elsewhere, and says so", () => {
    const r = resolveMarket(MARKETS, "92336", "Upland");
    expect(r.market?.id).toBe("m-fo");
    expect(r.reason).toContain("the ZIP wins");
  });

  it("matches a city without case, accents or state, including the parts of a joined name", () => {
    expect(resolveMarket(MARKETS, null, "FONTANA").market?.id).toBe("m-fo");
    expect(resolveMarket(MARKETS, null, "Ontario, CA 91761").market?.id).toBe("m-uo");
    expect(resolveMarket(MARKETS, null, "upland").market?.id).toBe("m-uo");
    expect(resolveMarket(MARKETS, null, "Chino Hills, California").market?.id).toBe("m-ch");
    expect(resolveMarket(MARKETS, null, "Corona").market?.id).toBe("m-ev");
  });

  it("falls back to the city when the ZIP is in no market", () => {
    const r = resolveMarket(MARKETS, "90210", "Fontana");
    expect(r.market?.id).toBe("m-fo");
    expect(r.reason).toBe('ZIP 90210 is in none of the markets; the city "Fontana" is in Fontana');
  });

  it("returns null with a reason when nothing matches", () => {
    expect(resolveMarket(MARKETS, "90210", "Beverly Hills")).toEqual({
      market: null,
      reason: 'Market unknown: ZIP 90210 is in none of the markets; the city "Beverly Hills" matches no market',
      by: null,
    });
    expect(resolveMarket(MARKETS).reason).toBe("Market unknown: no ZIP or city given");
    expect(resolveMarket(MARKETS, "abc").reason).toBe('Market unknown: "abc" is not a ZIP code');
  });

  it("does not match a city that only contains a market's name", () => {
    expect(resolveMarket(MARKETS, null, "Fontana Heights").market).toBeNull();
  });
});

describe("resolving a market from the place names clients use", () => {
  it("reads a neighborhood given as the city", () => {
    for (const city of ["Alta Loma", "ETIWANDA", "Terra Vista, CA", "Victoria Gardens", "Day Creek", "Central RC"]) {
      expect(resolveMarket(WITH_ALIASES, null, city)).toMatchObject({ market: { id: "m-rc" }, by: "city" });
    }
    expect(resolveMarket(MARKETS, null, "Alta Loma").market).toBeNull();
  });

  it("finds a place named in the message as whole words when ZIP and city say nothing", () => {
    const r = resolveMarket(WITH_ALIASES, null, null, "Hi, we want to sell our house in Alta Loma this spring");
    expect(r).toMatchObject({ market: { id: "m-rc" }, by: "text", reason: "The message names Alta Loma, in Rancho Cucamonga" });
    expect(resolveMarket(WITH_ALIASES, null, null, "Busco casa en Fontana").market?.id).toBe("m-fo");
    expect(resolveMarket(WITH_ALIASES, null, null, "Anything near the Uplands golf course?").market).toBeNull();
    expect(resolveMarket(WITH_ALIASES, null, null, "Looking at Etiwandas").market).toBeNull();
  });

  it("takes the longest name first, so Chino Hills is not Chino", () => {
    expect(resolveMarket(WITH_ALIASES, null, null, "homes in chino hills near chino").market?.id).toBe("m-ch");
    expect(resolveMarket(WITH_ALIASES, null, null, "a condo in Chino").market?.id).toBe("m-uo");
  });

  it("lets the ZIP and the city win over the message", () => {
    expect(resolveMarket(WITH_ALIASES, "92336", null, "moving from Alta Loma")).toMatchObject({ market: { id: "m-fo" }, by: "zip" });
    expect(resolveMarket(WITH_ALIASES, null, "Eastvale", "moving from Alta Loma")).toMatchObject({ market: { id: "m-ev" }, by: "city" });
    expect(resolveMarket(WITH_ALIASES, "90210", "Beverly Hills", "or maybe Etiwanda").reason).toBe('ZIP 90210 is in none of the markets; the city "Beverly Hills" matches no market; the message names Etiwanda, in Rancho Cucamonga');
  });

  it("says so when the message names no place", () => {
    expect(resolveMarket(WITH_ALIASES, null, null, "Call me back please").reason).toBe("Market unknown: the message names no market's place");
  });
});

describe("normalizeZip and normalizeCity", () => {
  it("read US ZIPs only", () => {
    expect(normalizeZip(" 91701 ")).toBe("91701");
    expect(normalizeZip("917011234")).toBe("91701");
    expect(normalizeZip("9170")).toBeNull();
  });

  it("drop the state without eating a city that ends in 'ca'", () => {
    expect(normalizeCity("Rancho Cucamonga, CA")).toBe("rancho cucamonga");
    expect(normalizeCity("Ithaca")).toBe("ithaca");
    expect(normalizeCity("  ")).toBeNull();
  });
});
