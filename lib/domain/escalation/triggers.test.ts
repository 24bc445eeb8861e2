import { describe, expect, it } from "vitest";
import { detectEscalations, escalationThresholdsFor } from "./triggers";

const triggers = (ctx: Parameters<typeof detectEscalations>[0]) => detectEscalations(ctx).findings.map((f) => f.trigger);

describe("escalation triggers", () => {
  it("escalates an explicit request for a person, in English or Spanish", () => {
    for (const text of ["Can I talk to Jorge please?", "I want a real person", "Quiero hablar con una persona", "please let me speak with a human"]) {
      expect(triggers({ text })).toEqual(["human_requested"]);
    }
  });

  it("asks for disclosure, not escalation, when the client asks whether this is a machine", () => {
    const r = detectEscalations({ text: "Wait, are you a real person or a bot?" });
    expect(r).toEqual({ findings: [], disclosureRequired: true });
  });

  it("escalates legal and financial distress words", () => {
    for (const text of ["We are going through a divorce", "The house is in probate", "My attorney will call you", "We filed for bankruptcy", "There is a lawsuit with the HOA", "We got a foreclosure notice"]) {
      expect(triggers({ text })).toEqual(["distress_words"]);
    }
  });

  it("does not mistake ordinary messages for triggers", () => {
    for (const text of ["I'll talk to my wife and get back to you", "Send me foreclosure listings in Fontana", "Jorge's open house was great", "No rush, we can talk next week", "Is the person who listed it flexible?"]) {
      expect(triggers({ text })).toEqual([]);
    }
  });

  it("counts only the unbroken run of unproductive exchanges at the end", () => {
    expect(triggers({ recentExchanges: [false, false, true, false, false] })).toEqual([]);
    expect(triggers({ recentExchanges: [true, false, false, false] })).toEqual(["unproductive_exchanges"]);
  });

  it("escalates a hot, fully qualified lead, not a warm one", () => {
    expect(triggers({ temperature: "hot", fullyQualified: true })).toEqual(["hot_qualified"]);
    expect(triggers({ temperature: "warm", fullyQualified: true })).toEqual([]);
  });

  it("raises high commission at the personal-handling line ($72K by default), not at $15K", () => {
    expect(triggers({ commission: 15_000 })).toEqual([]);
    expect(triggers({ commission: 51_000 })).toEqual([]);
    const { findings } = detectEscalations({ commission: 72_000 });
    expect(findings).toEqual([{ trigger: "high_commission", severity: "medium", summary: "Commission potential $72,000, at or above Jorge's $72,000 line", evidence: { commission: 72_000, threshold: 72_000 } }]);
  });

  it("follows the organization's own personal-handling line", () => {
    const thresholds = escalationThresholdsFor({ commissionThreshold: 50_000 });
    expect(detectEscalations({ commission: 51_000 }, thresholds).findings.map((f) => f.trigger)).toEqual(["high_commission"]);
    expect(detectEscalations({ commission: 49_999 }, thresholds).findings).toEqual([]);
    expect(thresholds.unproductiveRun).toBe(3);
  });

  it("escalates strongly negative sentiment only", () => {
    expect(triggers({ sentiment: -0.6 })).toEqual(["negative_sentiment"]);
    expect(triggers({ sentiment: -0.3 })).toEqual([]);
  });

  it("rates an exhausted fallback chain and a deadline due tomorrow critical", () => {
    const { findings } = detectEscalations({ fallbackExhausted: true, deadlineAtRisk: { name: "Loan contingency", due: "2026-11-26", daysLeft: 1 }, conflict: { kind: "Price disagreement", detail: "listing $820K vs analyst $760K" } });
    expect(findings.map((f) => [f.trigger, f.severity])).toEqual([["fallback_exhausted", "critical"], ["deadline_at_risk", "critical"], ["agent_conflict", "medium"]]);
  });
});
