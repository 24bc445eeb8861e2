import { describe, expect, it } from "vitest";
import { noEligibleSeatReason } from "./escalation-reason";
import { place } from "./test-fixtures";

describe("noEligibleSeatReason", () => {
  it("names the role, language and market, then the counts per constraint", () => {
    expect(noEligibleSeatReason(place("buyer_specialist", { language: "es" }), 4, { market: 2, language: 3, presence: 1 })).toBe(
      "no available buyer specialist speaks Spanish in Fontana (4 buyer specialists: 1 away, offline or on vacation; 2 not covering Fontana; 3 not speaking Spanish)",
    );
  });

  it("leaves English and an unknown market out of the headline", () => {
    expect(noEligibleSeatReason(place("listing_specialist", { market: null }), 1, { capacity: 1 })).toBe("no available listing specialist (1 listing specialist: 1 at capacity)");
  });

  it("says when the team has no seat of the role at all", () => {
    expect(noEligibleSeatReason(place("transaction_coordinator"), 0, {})).toBe("the team has no transaction coordinator");
  });

  it("counts consent, the other side and seats already on the team", () => {
    expect(noEligibleSeatReason(place("negotiation_expert"), 3, { consent: 1, other_side: 1 }, 1)).toBe(
      "no available negotiation expert in Fontana (3 negotiation experts: 1 not allowed to contact an opted-out client; 1 on the other side of the deal; 1 already on this team)",
    );
  });
});
