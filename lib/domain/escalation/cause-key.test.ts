import { describe, expect, it } from "vitest";
import { causeKey, deadlineDetail, draftCauseKey, groupKeyOf, parseDeadlineKey } from "./cause-key";

const client = "3f1c1f8e-7b0a-4d3c-9a59-3b1b1c1d1e1f";
const deal = "9a0b1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d";

describe("cause keys", () => {
  it("join the trigger, the client and what was wrong", () => {
    expect(causeKey({ trigger: "fallback_exhausted", clientId: client })).toBe(`fallback_exhausted:${client}`);
    expect(causeKey({ trigger: "deadline_at_risk", clientId: client, detail: deadlineDetail(deal, "2026-12-01") })).toBe(`deadline_at_risk:${client}:${deal}:2026-12-01`);
    expect(causeKey({ trigger: "deadline_at_risk", clientId: null, detail: deadlineDetail(null, "2026-12-01") })).toBe("deadline_at_risk:-:-:2026-12-01");
  });

  it("give repeats of one cause one key, and different causes different keys", () => {
    const base = { trigger: "human_requested", clientId: client, summary: "Ana asked for a person" };
    expect(draftCauseKey(base)).toBe(draftCauseKey({ ...base, summary: "Ana: Can I talk to Jorge?" }));
    expect(draftCauseKey(base)).not.toBe(draftCauseKey({ ...base, trigger: "distress_words" }));
    expect(draftCauseKey({ ...base, trigger: "agent_conflict", evidence: { rule: "simultaneous" } })).toBe(`agent_conflict:${client}:simultaneous`);
    expect(draftCauseKey({ ...base, trigger: "agent_conflict", evidence: { rule: "simultaneous" } })).not.toBe(draftCauseKey({ ...base, trigger: "agent_conflict", evidence: { rule: "beyond_tolerance" } }));
  });

  it("tell escalations about no client apart by their words", () => {
    const a = draftCauseKey({ trigger: "agent_conflict", clientId: null, summary: "Double booking: Saturday 10am" });
    expect(a).toBe(draftCauseKey({ trigger: "agent_conflict", clientId: null, summary: "double booking -- saturday 10AM" }));
    expect(a).not.toBe(draftCauseKey({ trigger: "agent_conflict", clientId: null, summary: "Double booking: Sunday 2pm" }));
  });

  it("group rows without a key by trigger and client", () => {
    expect(groupKeyOf({ causeKey: null, trigger: "deadline_at_risk", clientId: client })).toBe(`deadline_at_risk:${client}`);
    expect(groupKeyOf({ causeKey: "x:y", trigger: "deadline_at_risk", clientId: client })).toBe("x:y");
  });

  it("read a deadline key back, and nothing else", () => {
    expect(parseDeadlineKey(`deadline_at_risk:${client}:${deal}:2026-12-01`)).toEqual({ clientId: client, transactionId: deal, day: "2026-12-01" });
    expect(parseDeadlineKey("deadline_at_risk:-:-:2026-12-01")).toEqual({ clientId: null, transactionId: null, day: "2026-12-01" });
    expect(parseDeadlineKey(`deadline_at_risk:${client}`)).toBeNull();
    expect(parseDeadlineKey(`fallback_exhausted:${client}`)).toBeNull();
  });
});
