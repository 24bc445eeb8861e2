import { describe, expect, it } from "vitest";
import { analyzeNeeds } from "./needs-analysis";
import { MARKETS } from "./test-fixtures";
import type { RoutingRequest } from "./types";

const needs = (request: RoutingRequest) => analyzeNeeds(request, MARKETS);

describe("analyzeNeeds: lead and support roles", () => {
  it("gives a seller a listing specialist, a market analyst for the pricing and the market's geographic agent", () => {
    const n = needs({ clientType: "seller", postalCode: "91701" });
    expect(n.leadRole).toBe("listing_specialist");
    expect(n.supportRoles).toEqual(["market_analyst", "geographic"]);
    expect(n.reasons[0]).toBe("Seller client: a listing specialist leads");
  });

  it("gives a seller who also buys a buyer specialist in support", () => {
    const n = needs({ clientType: "seller", text: "We want to sell and also buy a bigger home in Etiwanda" });
    expect(n.flags).toContain("also_buying");
    expect(n.supportRoles).toEqual(["buyer_specialist", "market_analyst"]);
  });

  it("gives a buyer who also sells a listing specialist in support", () => {
    const n = needs({ clientType: "buyer", text: "we need to sell our condo first" });
    expect(n.leadRole).toBe("buyer_specialist");
    expect(n.supportRoles).toEqual(["listing_specialist"]);
  });

  it("does not read a seller's own sale as 'also selling'", () => {
    expect(needs({ clientType: "seller", text: "I need to sell my house" }).supportRoles).toEqual(["market_analyst"]);
  });

  it("keeps a seller who is 'not selling yet' a seller, without text urgency", () => {
    const n = needs({ clientType: "seller", text: "not selling yet, maybe asap next spring" });
    expect(n.leadRole).toBe("listing_specialist");
    expect(n.flags).toContain("not_ready");
    expect(n.urgency).toBe("normal");
  });

  it("adds a market analyst for an investor and for investment words", () => {
    expect(needs({ clientType: "investor" }).supportRoles).toEqual(["market_analyst"]);
    expect(needs({ clientType: "investor" }).flags).toContain("investment");
    expect(needs({ clientType: "buyer", text: "looking for a rental property with cash flow" }).supportRoles).toEqual(["market_analyst"]);
  });

  it("has an investor on the seller pipeline led by a listing specialist", () => {
    expect(needs({ clientType: "investor", pipeline: "seller" }).leadRole).toBe("listing_specialist");
  });

  it("routes a renter to a buyer specialist and says why", () => {
    const n = needs({ clientType: "renter" });
    expect(n.leadRole).toBe("buyer_specialist");
    expect(n.reasons[0]).toContain("no leasing role");
  });

  it("puts a transaction coordinator in the lead once under contract, with a negotiation expert", () => {
    for (const n of [needs({ clientType: "seller", stage: "Under Contract" }), needs({ clientType: "buyer", text: "we're in escrow now" })]) {
      expect(n.leadRole).toBe("transaction_coordinator");
      expect(n.supportRoles).toEqual(expect.arrayContaining(["negotiation_expert"]));
      expect(n.flags).toContain("under_contract");
    }
  });

  it("keeps the other side when a seller under contract also buys", () => {
    const n = needs({ clientType: "seller", stage: "Under Contract", text: "we're also buying in Eastvale" });
    expect(n.leadRole).toBe("transaction_coordinator");
    expect(n.supportRoles).toEqual(["buyer_specialist", "negotiation_expert"]);
  });

  it("adds a negotiation expert for offers and a market analyst for value questions", () => {
    expect(needs({ clientType: "buyer", text: "We got multiple offers" }).supportRoles).toEqual(["negotiation_expert"]);
    expect(needs({ clientType: "buyer", text: "What is my home worth?" }).supportRoles).toEqual(["market_analyst"]);
  });

  it("adds nobody for ordinary words that look like triggers", () => {
    const n = needs({ clientType: "buyer", text: "I'll stop by the market, what services do you offer?" });
    expect(n.supportRoles).toEqual([]);
    expect(n.flags).toEqual([]);
  });

  it("lists support roles once, in a fixed order, never the lead role", () => {
    const n = needs({ clientType: "investor", text: "what is my home worth, we got a counter offer, we also need to sell our condo", postalCode: "92336" });
    expect(n.supportRoles).toEqual(["listing_specialist", "negotiation_expert", "market_analyst", "geographic"]);
  });

  it("skips the geographic agent when the market has none or is unknown", () => {
    const markets = MARKETS.map((m) => (m.id === "m-fo" ? { ...m, hasGeographicAgent: false } : m));
    expect(analyzeNeeds({ clientType: "buyer", postalCode: "92336" }, markets).supportRoles).toEqual([]);
    expect(needs({ clientType: "buyer", postalCode: "10001" }).supportRoles).toEqual([]);
  });
});

describe("analyzeNeeds: market, language, urgency and flags", () => {
  it("resolves the market with its reason, or null", () => {
    expect(needs({ clientType: "buyer", city: "fontana" }).market?.id).toBe("m-fo");
    const unknown = needs({ clientType: "buyer", city: "Pasadena" });
    expect(unknown.market).toBeNull();
    expect(unknown.reasons).toContain('Market unknown: the city "Pasadena" matches no market');
  });

  it("takes the given language first, normalized", () => {
    const n = needs({ clientType: "buyer", language: "es-MX", text: "I want a 3 bedroom home" });
    expect(n.language).toBe("es");
    expect(n.reasons).toContain("Language Spanish (es), as given");
  });

  it("detects Spanish from the text and defaults to English otherwise", () => {
    expect(needs({ clientType: "seller", text: "Quiero vender mi casa pronto" }).language).toBe("es");
    expect(needs({ clientType: "seller", text: "I love my casa" }).language).toBe("en");
  });

  it("explains each urgency signal", () => {
    const n = needs({ clientType: "seller", text: "need to sell fast", temperature: "hot", timelineDays: 14 });
    expect(n.urgency).toBe("high");
    expect(n.urgencySignals).toHaveLength(3);
    expect(n.reasons.at(-1)).toMatch(/^Urgent: the text says "sell fast"; the temperature is hot; the timeline is 14 days/);
  });

  it("flags distress, several decision makers and a request for a person without adding roles", () => {
    const n = needs({ clientType: "seller", text: "My siblings and I inherited the house, it's in probate. Can I talk to a real person?" });
    expect(n.flags).toEqual(expect.arrayContaining(["distress", "multiple_parties", "wants_person"]));
    expect(n.supportRoles).toEqual(["market_analyst"]);
  });

  it("gives a reason for every flag it raises", () => {
    const n = needs({ clientType: "buyer", text: "we got multiple offers, what is my home worth, we need to sell our condo, divorce" });
    expect(n.reasons.filter((r) => r.startsWith("The text says"))).toHaveLength(n.flags.length);
  });
});
