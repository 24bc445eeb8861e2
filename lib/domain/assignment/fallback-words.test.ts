import { describe, expect, it } from "vitest";
import { exhaustedSummary, explainSkip, fallbackReason } from "./fallback-words";

describe("explainSkip", () => {
  it("turns each chain reason into a sentence about the seat", () => {
    expect(explainSkip("Maria", "at capacity 22/22")).toBe("Maria is at capacity 22/22");
    expect(explainSkip("Marcus", "away")).toBe("Marcus is away");
    expect(explainSkip("Tomás", "vacation")).toBe("Tomás is on vacation");
    expect(explainSkip("Sofia", "does not cover Fontana")).toBe("Sofia does not cover Fontana");
    expect(explainSkip("Follow-up AI", "client opted out")).toBe("Follow-up AI would text a client who opted out");
    expect(explainSkip("Ads AI", "marketing specialist seats do not lead clients")).toBe("Ads AI cannot take it: marketing specialist seats do not lead clients");
  });
});

describe("fallbackReason", () => {
  it("quotes the decliner when the offer goes to the teammate they named", () => {
    expect(fallbackReason({ via: "named", promotes: false, after: "decline", decliner: "Daniel Okafor", declineReason: "Maria knows Etiwanda" })).toBe('Daniel Okafor passed the client to this seat: "Maria knows Etiwanda"');
  });

  it("says how the chain got there, and when the named teammate was passed over", () => {
    expect(fallbackReason({ via: "runner_up", promotes: false, after: "timeout" })).toBe("Fallback after a timeout");
    expect(fallbackReason({ via: "alternative", promotes: true, after: "decline", namedSkip: "Maria is away" })).toBe(
      "Fallback after a decline: the best eligible seat now (moves up from support); the teammate named could not take it (Maria is away)",
    );
    expect(fallbackReason({ via: "overseer", promotes: false, after: "decline" })).toBe("The fallback chain ended with Jorge");
  });
});

describe("exhaustedSummary", () => {
  it("counts the seats asked and names the ones that could not take the client", () => {
    const skipped = [{ seatId: "a", reason: "already offered", name: "A" }, { seatId: "m", reason: "away", name: "Marcus" }, { seatId: "s", reason: "at capacity 24/24", name: "Sofia" }];
    expect(exhaustedSummary("Ana", 2, skipped)).toBe("Nobody on the fallback chain took Ana: all 2 seats asked declined or did not answer; Marcus is away; Sofia is at capacity 24/24");
    expect(exhaustedSummary("Ana", 1, [])).toBe("Nobody on the fallback chain took Ana: the one seat asked declined or did not answer; no other seat can take the client now");
  });

  it("names at most four seats and counts the rest", () => {
    const skipped = Array.from({ length: 6 }, (_, i) => ({ seatId: `s${i}`, reason: "offline", name: `Seat ${i}` }));
    expect(exhaustedSummary("Ana", 1, skipped)).toMatch(/Seat 3 is offline; 2 more could not take it$/);
  });
});
