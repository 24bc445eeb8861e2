import { describe, expect, it } from "vitest";
import { formTeam, type FormTeamOptions } from "./form-team";
import { MARKETS, seat } from "./test-fixtures";
import type { RoutingRequest, SeatCandidate } from "./types";
import { DEFAULT_WEIGHTS } from "./weights";

/** Jorge's personal threshold out of the way, so the team's own choices show. */
const TEAM: FormTeamOptions = { markets: MARKETS, overseerSeatId: "jorge", priority: { personalHandlingCommission: Number.POSITIVE_INFINITY } };
const JORGE = seat("jorge", "overseer", { kind: "human", languages: ["en", "es"], capacity: 25 });
const buyer: RoutingRequest = { clientType: "buyer", postalCode: "92336" };

describe("formTeam: choosing the lead", () => {
  it("chooses the best-scoring eligible seat and keeps the next three as runners-up", () => {
    const seats = [0.2, 0.9, 0.5, 0.7, 0.1].map((level, i) => seat(`b${i}`, "buyer_specialist", { skills: { buyer_consultation: level } }));
    const team = formTeam(buyer, seats, DEFAULT_WEIGHTS, TEAM);
    expect(team.lead?.seatId).toBe("b1");
    expect(team.lead?.teamRole).toBe("lead");
    expect(team.lead?.runnersUp.map((r) => r.seatId)).toEqual(["b3", "b2", "b0"]);
    expect(team.lead?.runnersUp[0]!.score).toBeLessThan(team.lead!.score);
    expect(team.escalate).toBeNull();
  });

  it("breaks a tie by the lower load ratio, then by the seat id", () => {
    const seats = [seat("c", "buyer_specialist"), seat("b", "buyer_specialist"), seat("a", "buyer_specialist")];
    expect(formTeam(buyer, seats, DEFAULT_WEIGHTS, TEAM).lead?.runnersUp.map((r) => r.seatId)).toEqual(["b", "c"]);
    expect(formTeam(buyer, seats, DEFAULT_WEIGHTS, TEAM).lead?.seatId).toBe("a");
    // Same score (workload weighs nothing), different load: the emptier seat leads.
    const noWorkload = { expertise: 0.5, workload: 0, successRate: 0.5, preferenceFit: 0, commission: 0 };
    const loaded = [seat("a", "buyer_specialist", { activeLoad: 10 }), seat("z", "buyer_specialist", { activeLoad: 2 })];
    expect(formTeam(buyer, loaded, noWorkload, TEAM).lead?.seatId).toBe("z");
  });

  it("explains the choice factor by factor", () => {
    const lead = formTeam(buyer, [seat("ok", "buyer_specialist")], DEFAULT_WEIGHTS, TEAM).lead!;
    expect(Object.keys(lead.explanations)).toEqual(["expertise", "workload", "successRate", "preferenceFit", "commission"]);
    expect(lead.note).toBeNull();
  });

  it("lets a seat on the other side lead only when the transaction is dual agency", () => {
    const seats = [seat("a", "buyer_specialist", { skills: { buyer_consultation: 1 } }), seat("b", "buyer_specialist")];
    expect(formTeam({ ...buyer, otherSideSeatIds: ["a"] }, seats, DEFAULT_WEIGHTS, TEAM).lead?.seatId).toBe("b");
    expect(formTeam({ ...buyer, otherSideSeatIds: ["a"], dualAgency: true }, seats, DEFAULT_WEIGHTS, TEAM).lead?.seatId).toBe("a");
  });

  it("gives an opted-out client a human specialist rather than an AI seat", () => {
    const seats = [seat("ai", "buyer_specialist", { skills: { buyer_consultation: 1 } }), seat("human", "buyer_specialist", { kind: "human" })];
    expect(formTeam({ ...buyer, optedOut: true }, seats, DEFAULT_WEIGHTS, TEAM).lead?.seatId).toBe("human");
  });
});

describe("formTeam: escalation to Jorge", () => {
  it("escalates with a reason built from the counts when nobody can lead", () => {
    const seats = [
      seat("b1", "buyer_specialist", { marketIds: ["m-rc"], languages: ["en", "es"] }),
      seat("b2", "buyer_specialist", { presence: "vacation", languages: ["en", "es"] }),
      seat("b3", "buyer_specialist"),
    ];
    const team = formTeam({ ...buyer, text: "Hola, quiero comprar una casa en Fontana" }, seats, DEFAULT_WEIGHTS, TEAM);
    expect(team.lead).toBeNull();
    expect(team.escalate).toEqual({
      reason: "no available buyer specialist speaks Spanish in Fontana (3 buyer specialists: 1 away, offline or on vacation; 1 not covering Fontana; 1 not speaking Spanish)",
    });
  });

  it("escalates when the team has no seat of the lead role", () => {
    expect(formTeam({ clientType: "seller", stage: "Under Contract" }, [seat("b", "buyer_specialist")], DEFAULT_WEIGHTS, TEAM).escalate?.reason).toBe(
      "the team has no transaction coordinator",
    );
  });

  it("still forms the support team when the lead goes to Jorge", () => {
    const team = formTeam(buyer, [seat("g", "geographic", { marketIds: ["m-fo"] })], DEFAULT_WEIGHTS, TEAM);
    expect(team.escalate).not.toBeNull();
    expect(team.supports.map((s) => s.seatId)).toEqual(["g"]);
  });
});

describe("formTeam: support places", () => {
  const seats: SeatCandidate[] = [
    seat("list", "listing_specialist"), seat("buy", "buyer_specialist"), seat("neg", "negotiation_expert"),
    seat("ana", "market_analyst"), seat("geo", "geographic", { marketIds: ["m-fo"] }), seat("tc", "transaction_coordinator"),
  ];

  it("fills every support role the needs list, in order", () => {
    const team = formTeam({ clientType: "seller", postalCode: "92336", text: "what is my home worth? we got multiple offers and are also buying" }, seats, DEFAULT_WEIGHTS, TEAM);
    expect(team.lead?.seatId).toBe("list");
    expect(team.supports.map((s) => [s.seatId, s.teamRole])).toEqual([["buy", "support"], ["neg", "support"], ["ana", "support"], ["geo", "support"]]);
    expect(team.unfilled).toEqual([]);
  });

  it("reports a support place nobody qualifies for without escalating", () => {
    const team = formTeam({ clientType: "investor", postalCode: "92336" }, seats.filter((s) => s.id !== "ana"), DEFAULT_WEIGHTS, TEAM);
    expect(team.escalate).toBeNull();
    expect(team.unfilled).toEqual([{ role: "market_analyst", reason: "the team has no market analyst" }]);
  });

  it("gives a seat at most one place on the team", () => {
    const team = formTeam({ clientType: "seller", postalCode: "92336", tags: ["jorge"] }, [...seats, JORGE], DEFAULT_WEIGHTS, TEAM);
    const ids = [team.lead!.seatId, ...team.supports.map((s) => s.seatId)];
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe("formTeam: a client who already has part of a team", () => {
  const seats: SeatCandidate[] = [seat("l1", "listing_specialist", { skills: { pricing_strategy: 1 } }), seat("l2", "listing_specialist"), seat("ana", "market_analyst"), seat("ana2", "market_analyst")];

  it("never chooses a seat already on the team, and leaves the support places it holds alone", () => {
    const team = formTeam({ clientType: "seller", postalCode: "91701" }, seats, DEFAULT_WEIGHTS, { ...TEAM, onTeam: [{ seatId: "l1", role: "listing_specialist" }, { seatId: "ana", role: "market_analyst" }] });
    expect(team.lead?.seatId).toBe("l2");
    expect(team.supports.map((s) => s.seatId)).not.toContain("ana2");
    expect(team.lead?.runnersUp.map((r) => r.seatId)).not.toContain("l1");
  });

  it("says why when the only seat of the lead role is already on the team", () => {
    const team = formTeam({ clientType: "seller", postalCode: "91701" }, seats.slice(0, 1), DEFAULT_WEIGHTS, { ...TEAM, onTeam: [{ seatId: "l1", role: "market_analyst" }] });
    expect(team.lead).toBeNull();
    expect(team.escalate?.reason).toMatch(/already on this team/);
  });
});

describe("formTeam: output", () => {
  it("is plain data that survives JSON and is the same on every run", () => {
    const seats = Array.from({ length: 30 }, (_, i) => seat(`s${String(i).padStart(2, "0")}`, i % 2 ? "buyer_specialist" : "geographic", { activeLoad: i % 5 }));
    const a = formTeam({ ...buyer, text: "need to buy asap" }, seats, DEFAULT_WEIGHTS, TEAM);
    const b = formTeam({ ...buyer, text: "need to buy asap" }, [...seats].reverse(), DEFAULT_WEIGHTS, TEAM);
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
    expect(b.lead?.seatId).toBe(a.lead?.seatId);
    expect(b.lead?.runnersUp).toEqual(a.lead?.runnersUp);
    expect(a.needs.urgency).toBe("high");
  });
});
