import { describe, expect, it } from "vitest";
import { normalizeCity, normalizeZip, resolveMarket } from "./market-resolution";
import { MARKETS } from "./test-fixtures";

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
    });
    expect(resolveMarket(MARKETS).reason).toBe("Market unknown: no ZIP or city given");
    expect(resolveMarket(MARKETS, "abc").reason).toBe('Market unknown: "abc" is not a ZIP code');
  });

  it("does not match a city that only contains a market's name", () => {
    expect(resolveMarket(MARKETS, null, "Fontana Heights").market).toBeNull();
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
