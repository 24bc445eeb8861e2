import { describe, expect, it } from "vitest";
import { formTeam } from "./form-team";
import { MARKETS, seat } from "./test-fixtures";
import { DEFAULT_WEIGHTS } from "./weights";

const JORGE = seat("jorge", "overseer", { kind: "human", languages: ["en", "es"], capacity: 25 });

describe("formTeam: Jorge's personal handling", () => {
  const seats = [seat("list", "listing_specialist"), seat("geo", "geographic", { marketIds: ["m-rc"] }), JORGE];

  it("makes Jorge's seat the lead at the $72,000 line and keeps the specialists as support", () => {
    const team = formTeam({ clientType: "seller", priceExpectation: 1_200_000, postalCode: "91701" }, seats, DEFAULT_WEIGHTS, { markets: MARKETS, overseerSeatId: "jorge" });
    expect(team.priority.personalHandling).toBe(true);
    expect(team.lead?.seatId).toBe("jorge");
    expect(team.lead?.note).toBe("Commission $72,000 on the client's own price is at least $72,000: Jorge handles this client personally");
    expect(team.supports.map((s) => s.seatId)).toEqual(["list", "geo"]);
    expect(team.escalate).toBeNull();
  });

  it("leaves an ordinary lead with the team: a $250,000 sale, an $850,000 sale, or a price known only from the market median", () => {
    for (const request of [
      { clientType: "seller" as const, priceExpectation: 250_000, postalCode: "91701" },
      { clientType: "seller" as const, priceExpectation: 850_000, postalCode: "91701" },
      { clientType: "buyer" as const, postalCode: "91709" },
    ]) {
      const team = formTeam(request, [...seats, seat("buy", "buyer_specialist")], DEFAULT_WEIGHTS, { markets: MARKETS, overseerSeatId: "jorge" });
      expect(team.priority.personalHandling).toBe(false);
      expect(team.lead?.seatId).not.toBe("jorge");
      expect(team.personalNotice).toBeNull();
    }
  });

  it("follows the line and the tags set in Settings", () => {
    const options = { markets: MARKETS, overseerSeatId: "jorge", priority: { personalHandlingCommission: 45_000, personalHandlingTags: ["owner"] } };
    expect(formTeam({ clientType: "seller", priceExpectation: 850_000, postalCode: "91701" }, seats, DEFAULT_WEIGHTS, options).lead?.seatId).toBe("jorge");
    expect(formTeam({ clientType: "seller", tags: ["jorge"], postalCode: "91701" }, seats, DEFAULT_WEIGHTS, options).lead?.seatId).toBe("list");
  });

  it("gives Jorge a fallback chain of the best specialists, the one supporting him first", () => {
    const sellers = [seat("l1", "listing_specialist", { skills: { pricing_strategy: 0.9 } }), seat("l2", "listing_specialist"), seat("l3", "listing_specialist", { presence: "away" }), JORGE];
    const team = formTeam({ clientType: "seller", tags: ["jorge"], postalCode: "91701" }, sellers, DEFAULT_WEIGHTS, { markets: MARKETS, overseerSeatId: "jorge" });
    expect(team.lead?.seatId).toBe("jorge");
    expect(team.supports[0]?.seatId).toBe("l1");
    expect(team.lead?.runnersUp.map((r) => r.seatId)).toEqual(["l1", "l2"]);
  });

  it("never overfills Jorge's seat: when it is full the specialist leads and Jorge is told why", () => {
    const busy = { ...JORGE, activeLoad: 25 };
    const team = formTeam({ clientType: "renter", tags: ["jorge-personal"] }, [busy, seat("buy", "buyer_specialist")], DEFAULT_WEIGHTS, { markets: MARKETS, overseerSeatId: "jorge" });
    expect(team.lead?.seatId).toBe("buy");
    expect(team.personalNotice).toBe('Tagged "jorge-personal": Jorge handles this client personally, but his seat is at capacity (25 of 25); the best specialist leads instead');
    expect(team.escalate).toBeNull();
  });

  it("lets the specialist lead, with a notice, when no overseer seat is set up", () => {
    const team = formTeam({ clientType: "renter", tags: ["jorge"] }, seats.concat(seat("buy", "buyer_specialist")), DEFAULT_WEIGHTS, { markets: MARKETS });
    expect(team.lead?.seatId).toBe("buy");
    expect(team.personalNotice).toBe('Tagged "jorge": Jorge handles this client personally, but no overseer seat is set up; the best specialist leads instead');
  });
});
