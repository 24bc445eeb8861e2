import { describe, expect, it } from "vitest";
import { countByTrigger, slaDueDates, slaStatus } from "./sla";

const created = new Date("2026-04-01T16:00:00Z");
const min = (n: number) => new Date(created.getTime() + n * 60_000);
/** A high-severity escalation: acknowledge within 60 min, resolve within 24 h. */
const high = { ackDueAt: min(60), resolveDueAt: min(1440) };
const open = { ...high, status: "open" as const, acknowledgedAt: null, resolvedAt: null };

describe("slaStatus", () => {
  it("counts down to the acknowledge deadline of an open escalation", () => {
    expect(slaStatus(open, min(18))).toEqual({ state: "on_time", overdueMinutes: 0, dueAt: high.ackDueAt, label: "Acknowledge within 42 min" });
    expect(slaStatus(open, new Date(min(59).getTime() + 30_000)).label).toBe("Acknowledge within 1 min");
    expect(slaStatus(open, min(60))).toMatchObject({ state: "on_time", label: "Acknowledge now" });
  });

  it("turns ack_overdue once the acknowledge deadline passed, resolve_overdue once both passed", () => {
    expect(slaStatus(open, min(125))).toEqual({ state: "ack_overdue", overdueMinutes: 65, dueAt: high.ackDueAt, label: "Acknowledge overdue by 1 h 5 min" });
    expect(slaStatus(open, new Date(min(60).getTime() + 1_000))).toMatchObject({ state: "ack_overdue", overdueMinutes: 1 });
    expect(slaStatus(open, min(1500))).toEqual({ state: "resolve_overdue", overdueMinutes: 60, dueAt: high.resolveDueAt, label: "Resolve overdue by 1 h" });
  });

  it("counts an acknowledged escalation against the resolve deadline only", () => {
    const acked = { ...open, status: "acknowledged" as const, acknowledgedAt: min(90) };
    expect(slaStatus(acked, min(100))).toEqual({ state: "on_time", overdueMinutes: 0, dueAt: high.resolveDueAt, label: "Resolve within 22 h 20 min" });
    expect(slaStatus(acked, min(1440 + 3 * 1440 + 120))).toMatchObject({ state: "resolve_overdue", overdueMinutes: 4440, label: "Resolve overdue by 3 d 2 h" });
  });

  it("calls a resolution met only when both deadlines were kept", () => {
    const resolved = (acknowledgedAt: Date | null, resolvedAt: Date | null) => slaStatus({ ...high, status: "resolved", acknowledgedAt, resolvedAt }, min(5000));
    expect(resolved(min(30), min(600))).toEqual({ state: "met", overdueMinutes: 0, dueAt: null, label: "Resolved on time" });
    expect(resolved(min(60), min(1440)).state).toBe("met");
    expect(resolved(null, min(45)).state).toBe("met");
    expect(resolved(min(80), min(600))).toEqual({ state: "breached", overdueMinutes: 20, dueAt: null, label: "Resolved on time, acknowledged 20 min late" });
    expect(resolved(min(80), min(1530))).toEqual({ state: "breached", overdueMinutes: 90, dueAt: null, label: "Resolved 1 h 30 min late" });
    expect(resolved(null, min(90)).state).toBe("breached");
  });
});

describe("slaDueDates", () => {
  it("uses the default SLA per severity", () => {
    expect(slaDueDates("critical", created)).toEqual({ ackDueAt: min(15), resolveDueAt: min(240) });
    expect(slaDueDates("low", created)).toEqual({ ackDueAt: min(1440), resolveDueAt: min(10080) });
  });

  it("uses the organization's SLA when given", () => {
    const sla = { critical: { ackMinutes: 5, resolveMinutes: 60 }, high: { ackMinutes: 30, resolveMinutes: 120 }, medium: { ackMinutes: 60, resolveMinutes: 600 }, low: { ackMinutes: 90, resolveMinutes: 900 } };
    expect(slaDueDates("high", created, sla)).toEqual({ ackDueAt: min(30), resolveDueAt: min(120) });
  });
});

describe("countByTrigger", () => {
  const LA = "America/Los_Angeles";
  const row = (trigger: string, iso: string) => ({ trigger, createdAt: new Date(iso) });

  it("counts per local day, with every trigger on every day and empty days kept", () => {
    const rows = [
      row("hot_qualified", "2026-04-01T06:59:00Z"),
      row("distress_words", "2026-04-03T22:00:00Z"),
      row("human_requested", "2026-04-02T06:59:00Z"),
      row("human_requested", "2026-04-02T07:00:00Z"),
      row("human_requested", "2026-04-04T18:00:00Z"),
      row("hot_qualified", "2026-04-05T07:00:00Z"),
    ];
    expect(countByTrigger(rows, new Date("2026-04-01T20:00:00Z"), 4, LA)).toEqual([
      { day: "2026-04-01", counts: { distress_words: 0, human_requested: 1 } },
      { day: "2026-04-02", counts: { distress_words: 0, human_requested: 1 } },
      { day: "2026-04-03", counts: { distress_words: 1, human_requested: 0 } },
      { day: "2026-04-04", counts: { distress_words: 0, human_requested: 1 } },
    ]);
  });

  it("keeps one entry per local day across the spring-forward night, with empty counts when nothing happened", () => {
    const days = countByTrigger([], new Date("2026-03-07T20:00:00Z"), 3, LA);
    expect(days).toEqual([{ day: "2026-03-07", counts: {} }, { day: "2026-03-08", counts: {} }, { day: "2026-03-09", counts: {} }]);
    expect(countByTrigger([row("x", "2026-03-09T06:30:00Z")], new Date("2026-03-07T20:00:00Z"), 3, LA)[1]!.counts).toEqual({ x: 1 });
  });

  it("returns nothing for zero days and rejects bad input", () => {
    expect(countByTrigger([row("x", "2026-04-01T20:00:00Z")], created, 0, LA)).toEqual([]);
    expect(() => countByTrigger([], created, -1, LA)).toThrow(RangeError);
    expect(() => countByTrigger([], created, 2.5, LA)).toThrow(RangeError);
    expect(() => countByTrigger([], created, 3, "Not/AZone")).toThrow(/Unknown time zone/);
  });
});
