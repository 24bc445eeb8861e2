import { describe, expect, it } from "vitest";
import { checkHandoff, type HandoffProposal } from "./handoff-rules";

const now = new Date("2026-11-25T18:00:00Z");
const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000);
const proposal = (over: Partial<HandoffProposal> = {}): HandoffProposal => ({
  clientId: "c1", fromSeatId: "a", toSeatId: "b", toSeat: { role: "buyer_specialist", kind: "human", presence: "available" }, clientOptedOut: false, history: [], ...over,
});

describe("handoff rules", () => {
  it("allows an ordinary handoff", () => {
    expect(checkHandoff(proposal(), now)).toEqual({ ok: true });
  });

  it("refuses handing a client to the seat that has them and to an absent seat", () => {
    expect(checkHandoff(proposal({ toSeatId: "a" }), now).ok).toBe(false);
    expect(checkHandoff(proposal({ toSeat: { role: "buyer_specialist", kind: "human", presence: "vacation" } }), now)).toEqual({ ok: false, error: "The receiving seat is vacation; choose an available seat." });
  });

  it("never hands an opted-out client to an outreach seat, but lets a human specialist take them", () => {
    expect(checkHandoff(proposal({ clientOptedOut: true, toSeat: { role: "follow_up", kind: "human", presence: "available" } }), now).ok).toBe(false);
    expect(checkHandoff(proposal({ clientOptedOut: true, toSeat: { role: "buyer_specialist", kind: "ai", presence: "available" } }), now).ok).toBe(false);
    expect(checkHandoff(proposal({ clientOptedOut: true }), now)).toEqual({ ok: true });
  });

  it("blocks the same pair, either way, within 30 minutes", () => {
    expect(checkHandoff(proposal({ history: [{ fromSeatId: "b", toSeatId: "a", at: minutesAgo(10) }] }), now).ok).toBe(false);
    expect(checkHandoff(proposal({ history: [{ fromSeatId: "b", toSeatId: "a", at: minutesAgo(31) }] }), now)).toEqual({ ok: true });
  });

  it("allows at most 3 handoffs an hour and 10 a day", () => {
    const hour = [50, 40, 30].map((m, i) => ({ fromSeatId: `x${i}`, toSeatId: `y${i}`, at: minutesAgo(m) }));
    expect(checkHandoff(proposal({ history: hour }), now)).toEqual({ ok: false, error: "This client was handed over 3 times in the last hour; that is the limit." });
    const day = Array.from({ length: 10 }, (_, i) => ({ fromSeatId: `x${i}`, toSeatId: `y${i}`, at: minutesAgo(70 + i * 60) }));
    expect(checkHandoff(proposal({ history: day }), now).ok).toBe(false);
    expect(checkHandoff(proposal({ history: day.slice(0, 9) }), now)).toEqual({ ok: true });
  });
});
