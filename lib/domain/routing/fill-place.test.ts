import { describe, expect, it } from "vitest";
import { fillPlace, personalLead, personalLeadFailures } from "./fill-place";
import { evaluatePriority } from "./priority";
import { analyzeNeeds } from "./needs-analysis";
import { MARKETS, place, seat } from "./test-fixtures";
import { DEFAULT_WEIGHTS } from "./weights";

const fill = (seats: Parameters<typeof fillPlace>[0], taken: ReadonlySet<string> = new Set(), runnersUp = 3, maxExcluded = 10) =>
  fillPlace(seats, place("buyer_specialist"), DEFAULT_WEIGHTS, taken, runnersUp, maxExcluded);

describe("fillPlace", () => {
  it("never chooses an excluded seat, and lists it with its reasons and the counts", () => {
    const result = fill([
      seat("away", "buyer_specialist", { presence: "away", skills: { buyer_consultation: 1 } }),
      seat("full", "buyer_specialist", { activeLoad: 20, capacity: 20 }),
      seat("elsewhere", "buyer_specialist", { marketIds: ["m-rc"], presence: "offline" }),
      seat("ok", "buyer_specialist"),
    ]);
    expect(result.choice?.seatId).toBe("ok");
    expect(result.choice?.excluded).toEqual([
      { seatId: "away", reasons: ["is away"] },
      { seatId: "full", reasons: ["is at capacity (20 of 20)"] },
      { seatId: "elsewhere", reasons: ["is offline", "does not cover Fontana"] },
    ]);
    expect(result.choice?.exclusionCounts).toEqual({ presence: 2, capacity: 1, market: 1 });
  });

  it("lists at most the given number of excluded seats but counts them all", () => {
    const seats = [...Array.from({ length: 15 }, (_, i) => seat(`x${i}`, "buyer_specialist", { presence: "offline" })), seat("ok", "buyer_specialist")];
    const choice = fill(seats, new Set(), 3, 10).choice!;
    expect(choice.excluded).toHaveLength(10);
    expect(choice.exclusionCounts.presence).toBe(15);
  });

  it("keeps as many runners-up as asked", () => {
    const seats = Array.from({ length: 6 }, (_, i) => seat(`s${i}`, "buyer_specialist"));
    expect(fill(seats, new Set(), 1).choice?.runnersUp).toHaveLength(1);
    expect(fill(seats, new Set(), 0).choice?.runnersUp).toEqual([]);
  });

  it("skips seats that already hold a place and says so when nobody is left", () => {
    const seats = [seat("a", "buyer_specialist"), seat("b", "buyer_specialist")];
    expect(fill(seats, new Set(["a"])).choice?.seatId).toBe("b");
    const none = fill(seats, new Set(["a", "b"]));
    expect(none).toEqual({ choice: null, reason: "no available buyer specialist in Fontana (2 buyer specialists: 2 already on this team)" });
  });

  it("returns the reason when there are no seats of the role", () => {
    expect(fill([])).toEqual({ choice: null, reason: "the team has no buyer specialist" });
  });
});

describe("personalLead", () => {
  const request = { clientType: "seller" as const, tags: ["jorge"] };
  const needs = analyzeNeeds(request, MARKETS);
  const ctx = { request, needs, priority: evaluatePriority({ ...request, flags: needs.flags }), marketCount: MARKETS.length };

  it("scores Jorge's seat as the overseer lead and gives the reason as a note", () => {
    const choice = personalLead(seat("jorge", "overseer", { kind: "human" }), ctx, DEFAULT_WEIGHTS, "Tagged");
    expect(choice).toMatchObject({ seatId: "jorge", role: "overseer", teamRole: "lead", runnersUp: [], excluded: [], note: "Tagged" });
    expect(choice.score).toBeGreaterThan(0);
  });

  it("says why Jorge's seat cannot take the client, and nothing when it can", () => {
    expect(personalLeadFailures(seat("jorge", "overseer", { presence: "vacation" }), ctx)).toEqual(["is on vacation"]);
    expect(personalLeadFailures(seat("jorge", "overseer", { activeLoad: 25, capacity: 25 }), ctx)).toEqual(["is at capacity (25 of 25)"]);
    expect(personalLeadFailures(seat("jorge", "overseer"), ctx)).toEqual([]);
  });
});
