import { describe, expect, it } from "vitest";
import { rankAlternatives } from "./alternatives";
import { MARKETS, seat } from "./test-fixtures";
import { DEFAULT_WEIGHTS } from "./weights";

const seller = { clientType: "seller" as const, postalCode: "91701" };
const seats = [
  seat("l1", "listing_specialist", { skills: { pricing_strategy: 1 } }),
  seat("l2", "listing_specialist", { skills: { pricing_strategy: 0.5 } }),
  seat("l3", "listing_specialist", { presence: "away" }),
  seat("l4", "listing_specialist", { marketIds: ["m-fo"] }),
  seat("b1", "buyer_specialist"),
  seat("jorge", "overseer"),
];

describe("rankAlternatives", () => {
  it("ranks the eligible seats of the place's role, best first, leaving out the excluded ones", () => {
    expect(rankAlternatives(seller, seats, { role: "listing_specialist", teamRole: "lead" }, DEFAULT_WEIGHTS, { markets: MARKETS, exclude: new Set() }).map((a) => a.seatId)).toEqual(["l1", "l2"]);
    expect(rankAlternatives(seller, seats, { role: "listing_specialist", teamRole: "lead" }, DEFAULT_WEIGHTS, { markets: MARKETS, exclude: new Set(["l1"]) }).map((a) => a.seatId)).toEqual(["l2"]);
  });

  it("fills Jorge's own lead place with the lead specialists of the client's needs", () => {
    const r = rankAlternatives(seller, seats, { role: "overseer", teamRole: "lead" }, DEFAULT_WEIGHTS, { markets: MARKETS, exclude: new Set(["jorge"]) });
    expect(r.map((a) => a.seatId)).toEqual(["l1", "l2"]);
    expect(r[0]!.score).toBeGreaterThan(r[1]!.score);
  });

  it("fills a support place by its own role, and a lead place by the role the client needs", () => {
    const team = [...seats, seat("a1", "market_analyst")];
    expect(rankAlternatives(seller, team, { role: "market_analyst", teamRole: "support" }, DEFAULT_WEIGHTS, { markets: MARKETS, exclude: new Set() }).map((a) => a.seatId)).toEqual(["a1"]);
    expect(rankAlternatives(seller, team, { role: "buyer_specialist", teamRole: "lead" }, DEFAULT_WEIGHTS, { markets: MARKETS, exclude: new Set() }).map((a) => a.seatId)).toEqual(["l1", "l2"]);
  });

  it("is empty when nobody can take the place, and keeps to the limit", () => {
    expect(rankAlternatives(seller, seats, { role: "listing_specialist", teamRole: "lead" }, DEFAULT_WEIGHTS, { markets: MARKETS, exclude: new Set(["l1", "l2"]) })).toEqual([]);
    expect(rankAlternatives(seller, seats, { role: "listing_specialist", teamRole: "lead" }, DEFAULT_WEIGHTS, { markets: MARKETS, exclude: new Set(), limit: 1 })).toHaveLength(1);
  });
});
