import { describe, expect, it } from "vitest";
import { canHoldPlace, type ChainSeat, unavailableReason } from "./seat-availability";

const seat = (over: Partial<ChainSeat> = {}): ChainSeat => ({ id: "s", kind: "human", presence: "available", capacity: 10, activeLoad: 2, ...over });
const place = { teamRole: "lead" as const, role: "listing_specialist" as const, market: { id: "m-rc", name: "Rancho Cucamonga" }, language: "es" };

describe("unavailableReason", () => {
  it("checks the seat itself first: gone, opted out, presence, capacity", () => {
    expect(unavailableReason(undefined)).toBe("no longer on the team");
    expect(unavailableReason(seat({ optedOutBlocked: true }))).toBe("client opted out");
    expect(unavailableReason(seat({ presence: "vacation" }))).toBe("vacation");
    expect(unavailableReason(seat({ activeLoad: 10 }))).toBe("at capacity 10/10");
    expect(unavailableReason(seat())).toBeNull();
  });

  it("checks role, market and language against the place when given", () => {
    expect(unavailableReason(seat({ role: "follow_up" }), place)).toBe("follow-up specialist seats do not lead clients");
    expect(unavailableReason(seat({ role: "buyer_specialist", marketIds: ["m-fo"] }), place)).toBe("does not cover Rancho Cucamonga");
    expect(unavailableReason(seat({ role: "buyer_specialist", languages: ["en"] }), place)).toBe("does not speak Spanish");
    expect(unavailableReason(seat({ role: "buyer_specialist", marketIds: [], languages: ["en", "es"] }), place)).toBeNull();
    expect(unavailableReason(seat({ role: "overseer", marketIds: ["m-fo"], languages: ["es"] }), place)).toBeNull();
    expect(unavailableReason(seat({ role: "listing_specialist", languages: ["en"] }), { ...place, language: null })).toBeNull();
  });
});

describe("canHoldPlace", () => {
  it("lets specialists, geographic agents and Jorge lead, and support roles only support as themselves", () => {
    expect(canHoldPlace("buyer_specialist", place)).toBe(true);
    expect(canHoldPlace("geographic", place)).toBe(true);
    expect(canHoldPlace("overseer", place)).toBe(true);
    expect(canHoldPlace("marketing", place)).toBe(false);
    expect(canHoldPlace("marketing", { teamRole: "support", role: "marketing" })).toBe(true);
    expect(canHoldPlace("marketing", { teamRole: "support", role: "market_analyst" })).toBe(false);
    expect(canHoldPlace("listing_specialist", { teamRole: "support", role: "market_analyst" })).toBe(true);
    expect(canHoldPlace("overseer", { teamRole: "support", role: "market_analyst" })).toBe(false);
  });
});
