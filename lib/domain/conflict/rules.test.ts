import { describe, expect, it } from "vitest";
import { type Booking, CONFLICT_RULES, type ConflictDecision, type OwnershipClaim, resolveDoubleBooking, resolveOwnershipClaim, resolvePriceDisagreement, suggestedPrice } from "./rules";

const t = (iso: string) => new Date(`2026-04-01T${iso}:00Z`);
const claim = (seatId: string, over: Partial<OwnershipClaim> = {}): OwnershipClaim => ({ seatId, claimedAt: t("10:00"), isCurrentOwner: false, score: null, lastTouchAt: null, ...over });
const booking = (seatId: string, clientId: string, starts: string, ends: string, booked: string): Booking => ({ seatId, clientId, startsAt: t(starts), endsAt: t(ends), bookedAt: t(booked) });

describe("resolveOwnershipClaim", () => {
  it("keeps the client with the current owner, whatever the scores", () => {
    expect(resolveOwnershipClaim([claim("a", { score: 0.95 }), claim("b", { isCurrentOwner: true, score: 0.4 })])).toMatchObject({ decided: true, winnerSeatId: "b", rule: "current_owner" });
  });

  it("gives the client to a routing score ahead by 0.05 or more", () => {
    const r = resolveOwnershipClaim([claim("a", { score: 0.8 }), claim("b", { score: 0.85 })]);
    expect(r).toEqual({ decided: true, winnerSeatId: "b", rule: "higher_score", reason: "Routing score 0.85 against 0.80 (ahead by 0.05)." });
  });

  it("falls to the most recent touch when scores are close, if it is more than an hour later", () => {
    const close = { score: 0.8 };
    expect(resolveOwnershipClaim([claim("a", { ...close, lastTouchAt: t("09:00") }), claim("b", { score: 0.83, lastTouchAt: t("10:01") })])).toMatchObject({ decided: true, winnerSeatId: "b", rule: "most_recent_touch" });
    expect(resolveOwnershipClaim([claim("a", { lastTouchAt: t("09:00") }), claim("b", { lastTouchAt: t("10:00") })])).toMatchObject({ decided: false, rule: "overseer_decides" });
    expect(resolveOwnershipClaim([claim("a"), claim("b", { lastTouchAt: t("10:00") })])).toMatchObject({ decided: true, winnerSeatId: "b", rule: "most_recent_touch" });
  });

  it("ignores scores when one claimant has none", () => {
    expect(resolveOwnershipClaim([claim("a", { score: 0.9 }), claim("b")])).toMatchObject({ decided: false, rule: "overseer_decides" });
  });

  it("sends ties, double owners and empty claims to Jorge; a single claim wins", () => {
    expect(resolveOwnershipClaim([claim("a", { score: 0.8 }), claim("b", { score: 0.82 })]).decided).toBe(false);
    expect(resolveOwnershipClaim([claim("a", { isCurrentOwner: true }), claim("b", { isCurrentOwner: true })])).toMatchObject({ decided: false, rule: "current_owner" });
    expect(resolveOwnershipClaim([])).toMatchObject({ decided: false, rule: "overseer_decides" });
    expect(resolveOwnershipClaim([claim("a"), claim("a", { score: 0.1 })])).toMatchObject({ decided: true, winnerSeatId: "a", rule: "uncontested" });
  });
});

describe("resolveDoubleBooking", () => {
  it("finds no conflict for back-to-back appointments or ones sharing no party", () => {
    expect(resolveDoubleBooking(booking("s", "c1", "10:00", "11:00", "08:00"), booking("s", "c2", "11:00", "12:00", "08:30"))).toMatchObject({ decided: true, rule: "no_overlap" });
    expect(resolveDoubleBooking(booking("s1", "c1", "10:00", "11:00", "08:00"), booking("s2", "c2", "10:30", "11:30", "08:30"))).toMatchObject({ decided: true, rule: "no_shared_party" });
  });

  it("lets the earlier booking stand when a seat is booked for two clients at once", () => {
    const r = resolveDoubleBooking(booking("s", "c1", "10:00", "11:00", "09:00"), booking("s", "c2", "10:30", "11:30", "08:00"));
    expect(r).toEqual({ decided: true, winnerSeatId: "s", keep: "b", rule: "first_booked", reason: "The seat is booked twice at the same time: the booking made first, at 2026-04-01T08:00:00.000Z, stands." });
  });

  it("lets the earlier booking stand when a client is booked with two seats at once", () => {
    expect(resolveDoubleBooking(booking("s1", "c", "10:00", "11:00", "07:00"), booking("s2", "c", "09:00", "10:30", "08:00"))).toMatchObject({ winnerSeatId: "s1", keep: "a", rule: "first_booked" });
  });

  it("sends bookings made within a second of each other to Jorge", () => {
    const a = booking("s", "c1", "10:00", "11:00", "08:00");
    const b = { ...booking("s", "c2", "10:30", "11:30", "08:00"), bookedAt: new Date(a.bookedAt.getTime() + 1000) };
    expect(resolveDoubleBooking(a, b)).toMatchObject({ decided: false, rule: "simultaneous_booking" });
    expect(resolveDoubleBooking(a, { ...b, bookedAt: new Date(a.bookedAt.getTime() + 1001) })).toMatchObject({ decided: true, keep: "a" });
  });

  it("refuses a booking that ends before it starts", () => {
    expect(() => resolveDoubleBooking(booking("s", "c", "11:00", "10:00", "08:00"), booking("s", "c", "10:00", "11:00", "08:00"))).toThrow(RangeError);
  });
});

describe("resolvePriceDisagreement", () => {
  it("suggests the median rounded to $1,000 when the prices agree within 5%", () => {
    const r = resolvePriceDisagreement([{ seatId: "l", role: "listing_specialist", price: 880_000 }, { seatId: "m", role: "market_analyst", price: 860_000 }, { seatId: "n", role: "negotiation_expert", price: 871_400 }]);
    expect(r).toEqual({ decided: true, rule: "within_tolerance", reason: "The prices are 2.3% apart (tolerance 5%): suggest $871,000." });
  });

  it("sends prices further apart than the tolerance to Jorge, saying who said what", () => {
    const r = resolvePriceDisagreement([{ seatId: "m", role: "market_analyst", price: 845_000 }, { seatId: "l", role: "listing_specialist", price: 910_000 }]);
    expect(r).toEqual({ decided: false, rule: "beyond_tolerance", reason: "Listing specialist $910,000 vs market analyst $845,000: 7.4% apart (tolerance 5%)." });
    expect(resolvePriceDisagreement([{ seatId: "m", role: "market_analyst", price: 845_000 }, { seatId: "l", role: "listing_specialist", price: 910_000 }], 0.08).decided).toBe(true);
  });

  it("treats exactly the tolerance as agreement", () => {
    expect(resolvePriceDisagreement([{ seatId: "a", role: "x", price: 975_000 }, { seatId: "b", role: "y", price: 1_025_000 }]).rule).toBe("within_tolerance");
  });

  it("agrees with a single opinion and refuses none or invalid prices", () => {
    expect(resolvePriceDisagreement([{ seatId: "a", role: "market_analyst", price: 850_400 }])).toMatchObject({ decided: true, reason: expect.stringContaining("$850,000") });
    expect(resolvePriceDisagreement([])).toMatchObject({ decided: false, rule: "no_opinions" });
    expect(() => resolvePriceDisagreement([{ seatId: "a", role: "x", price: 0 }])).toThrow(RangeError);
    expect(() => resolvePriceDisagreement([{ seatId: "a", role: "x", price: 1 }], -0.1)).toThrow(RangeError);
    expect(suggestedPrice([{ price: 910_000 }, { price: 845_000 }])).toBe(878_000);
  });
});

describe("CONFLICT_RULES", () => {
  it("documents every rule the resolvers return, once per kind", () => {
    const documented = new Set(CONFLICT_RULES.map((r) => `${r.kind}:${r.rule}`));
    expect(documented.size).toBe(CONFLICT_RULES.length);
    const used: [string, ConflictDecision][] = [
      ["ownership_claim", resolveOwnershipClaim([])],
      ["ownership_claim", resolveOwnershipClaim([claim("a")])],
      ["ownership_claim", resolveOwnershipClaim([claim("a", { isCurrentOwner: true }), claim("b")])],
      ["ownership_claim", resolveOwnershipClaim([claim("a", { score: 0.9 }), claim("b", { score: 0.5 })])],
      ["ownership_claim", resolveOwnershipClaim([claim("a", { lastTouchAt: t("10:00") }), claim("b")])],
      ["double_booking", resolveDoubleBooking(booking("s", "c", "10:00", "11:00", "08:00"), booking("s", "c", "12:00", "13:00", "08:00"))],
      ["double_booking", resolveDoubleBooking(booking("s", "c", "10:00", "11:00", "08:00"), booking("s", "d", "10:00", "11:00", "08:00"))],
      ["price_disagreement", resolvePriceDisagreement([{ seatId: "a", role: "x", price: 1 }, { seatId: "b", role: "y", price: 2 }])],
    ];
    for (const [kind, decision] of used) expect(documented).toContain(`${kind}:${decision.rule}`);
    expect(CONFLICT_RULES.every((r) => r.description.length > 20)).toBe(true);
  });
});
