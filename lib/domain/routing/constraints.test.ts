import { describe, expect, it } from "vitest";
import { checkConstraints, constraintMask, CONSTRAINT_BIT, isOutreachSeat } from "./constraints";
import { place, seat } from "./test-fixtures";

const failures = (...args: Parameters<typeof checkConstraints>) => checkConstraints(...args).failures.map((f) => f.constraint);

describe("checkConstraints", () => {
  it("passes an available seat of the right role that covers the market and speaks the language", () => {
    expect(checkConstraints(seat("a", "buyer_specialist", { marketIds: ["m-fo"] }), place("buyer_specialist"))).toEqual({ eligible: true, failures: [] });
  });

  it("requires the exact role", () => {
    expect(checkConstraints(seat("a", "listing_specialist"), place("buyer_specialist")).failures).toEqual([
      { constraint: "role", reason: "is a listing specialist, not a buyer specialist" },
    ]);
    expect(checkConstraints(seat("a", "administrative"), place("overseer")).failures[0]?.reason).toBe("is an administrative assistant, not an overseer");
  });

  it.each([["away", "is away"], ["offline", "is offline"], ["vacation", "is on vacation"]] as const)("never chooses a seat that is %s", (presence, reason) => {
    expect(checkConstraints(seat("a", "buyer_specialist", { presence }), place("buyer_specialist")).failures).toEqual([{ constraint: "presence", reason }]);
  });

  it("requires room: activeLoad below capacity", () => {
    expect(failures(seat("a", "buyer_specialist", { activeLoad: 19, capacity: 20 }), place("buyer_specialist"))).toEqual([]);
    expect(checkConstraints(seat("a", "buyer_specialist", { activeLoad: 20, capacity: 20 }), place("buyer_specialist")).failures).toEqual([
      { constraint: "capacity", reason: "is at capacity (20 of 20)" },
    ]);
    expect(failures(seat("a", "buyer_specialist", { activeLoad: 0, capacity: 0 }), place("buyer_specialist"))).toEqual(["capacity"]);
  });

  it("requires the seat to cover the client's market", () => {
    expect(checkConstraints(seat("a", "buyer_specialist", { marketIds: ["m-rc", "m-uo"] }), place("buyer_specialist")).failures).toEqual([
      { constraint: "market", reason: "does not cover Fontana" },
    ]);
  });

  it("lets seats without market rows, the overseer, and any seat for an unknown market through", () => {
    expect(failures(seat("a", "buyer_specialist"), place("buyer_specialist"))).toEqual([]);
    expect(failures(seat("j", "overseer", { marketIds: ["m-rc"] }), place("overseer"))).toEqual([]);
    expect(failures(seat("a", "buyer_specialist", { marketIds: ["m-rc"] }), place("buyer_specialist", { market: null }))).toEqual([]);
  });

  it("requires the client's language, with no English fallback", () => {
    expect(checkConstraints(seat("a", "buyer_specialist"), place("buyer_specialist", { language: "es" })).failures).toEqual([
      { constraint: "language", reason: "does not speak Spanish" },
    ]);
    expect(failures(seat("a", "buyer_specialist", { languages: ["en", "es"] }), place("buyer_specialist", { language: "es" }))).toEqual([]);
  });

  it("keeps an opted-out client away from AI seats and from follow-up and marketing seats", () => {
    const optedOut = { optedOut: true };
    expect(checkConstraints(seat("a", "buyer_specialist"), place("buyer_specialist", optedOut)).failures).toEqual([
      { constraint: "consent", reason: "is an AI seat and the client opted out of texts" },
    ]);
    expect(checkConstraints(seat("h", "follow_up", { kind: "human" }), place("follow_up", optedOut)).failures[0]?.reason).toBe("is a follow-up specialist and the client opted out of texts");
    expect(failures(seat("h", "marketing", { kind: "human" }), place("marketing", optedOut))).toEqual(["consent"]);
  });

  it("still gives an opted-out client a human specialist, and anyone to a client who has not opted out", () => {
    expect(failures(seat("h", "buyer_specialist", { kind: "human" }), place("buyer_specialist", { optedOut: true }))).toEqual([]);
    expect(failures(seat("f", "follow_up"), place("follow_up"))).toEqual([]);
  });

  it("keeps a seat off both sides of one transaction unless it is flagged dual agency", () => {
    const other = { otherSideSeatIds: ["a"] };
    expect(checkConstraints(seat("a", "buyer_specialist"), place("buyer_specialist", other)).failures).toEqual([
      { constraint: "other_side", reason: "works the other side of this transaction and it is not flagged dual agency" },
    ]);
    expect(failures(seat("a", "buyer_specialist"), place("buyer_specialist", { ...other, dualAgency: true }))).toEqual([]);
    expect(failures(seat("b", "buyer_specialist"), place("buyer_specialist", other))).toEqual([]);
  });

  it("reports every failure, in a fixed order", () => {
    const s = seat("a", "listing_specialist", { presence: "vacation", activeLoad: 5, capacity: 5, marketIds: ["m-rc"] });
    expect(failures(s, place("buyer_specialist", { language: "es", optedOut: true, otherSideSeatIds: ["a"] }))).toEqual([
      "role", "presence", "capacity", "market", "language", "consent", "other_side",
    ]);
  });
});

describe("constraintMask", () => {
  it("is 0 for an eligible seat and sets one bit per failed constraint", () => {
    expect(constraintMask(seat("a", "buyer_specialist"), place("buyer_specialist"))).toBe(0);
    expect(constraintMask(seat("a", "buyer_specialist", { presence: "away", languages: ["vi"] }), place("buyer_specialist"))).toBe(CONSTRAINT_BIT.presence | CONSTRAINT_BIT.language);
  });
});

describe("isOutreachSeat", () => {
  it("covers every AI seat and human follow-up and marketing seats only", () => {
    expect(isOutreachSeat(seat("a", "transaction_coordinator"))).toBe(true);
    expect(isOutreachSeat(seat("h", "transaction_coordinator", { kind: "human" }))).toBe(false);
    expect(isOutreachSeat(seat("h", "follow_up", { kind: "human" }))).toBe(true);
  });
});
