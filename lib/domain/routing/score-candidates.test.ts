import { describe, expect, it } from "vitest";
import { scoreLeadCandidates } from "./score-candidates";
import { MARKETS, seat } from "./test-fixtures";
import { DEFAULT_WEIGHTS } from "./weights";

describe("scoring the candidates for a client's lead place", () => {
  const request = { clientType: "buyer" as const, postalCode: "91701" };

  it("keeps only seats of the role, full ones included, best first", () => {
    const seats = [
      seat("a", "buyer_specialist", { activeLoad: 10, capacity: 10 }),
      seat("b", "buyer_specialist", { activeLoad: 1, capacity: 10 }),
      seat("c", "listing_specialist"),
    ];
    const scored = scoreLeadCandidates(request, "buyer_specialist", seats, DEFAULT_WEIGHTS, MARKETS);
    expect(scored.map((s) => s.seat)).toEqual(["b", "a"]);
    expect(scored[0]!.score).toBeGreaterThan(scored[1]!.score);
  });

  it("still drops seats that are away or do not speak the client's language", () => {
    const seats = [seat("away", "buyer_specialist", { presence: "away" }), seat("en", "buyer_specialist", { languages: ["en"] })];
    expect(scoreLeadCandidates({ ...request, language: "es" }, "buyer_specialist", seats, DEFAULT_WEIGHTS, MARKETS)).toEqual([]);
  });

  it("returns at most the limit", () => {
    const seats = Array.from({ length: 30 }, (_, i) => seat(`s${i}`, "buyer_specialist"));
    expect(scoreLeadCandidates(request, "buyer_specialist", seats, DEFAULT_WEIGHTS, MARKETS, 5)).toHaveLength(5);
  });
});
