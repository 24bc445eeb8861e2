import { describe, expect, it } from "vitest";
import { compareForInbox, groupByCause, nextDueAt, type InboxEscalation } from "./inbox-order";

const T0 = Date.parse("2026-12-01T17:00:00Z");
const at = (minutes: number) => new Date(T0 + minutes * 60_000);

let n = 0;
function esc(p: Partial<InboxEscalation> & { trigger: string }): InboxEscalation {
  n += 1;
  return { id: `e${n}`, severity: "high", status: "open", causeKey: null, clientId: `c${n}`, ackDueAt: at(60), resolveDueAt: at(600), createdAt: at(0), repeatedAt: [], ...p };
}

describe("the inbox order", () => {
  it("puts a client asking for Jorge before a batch of critical deadline notices", () => {
    const deadlines = Array.from({ length: 9 }, (_, i) => esc({ id: `d${i}`, trigger: "deadline_at_risk", severity: "critical", clientId: "roberto", causeKey: "deadline_at_risk:roberto:deal:2026-12-02", ackDueAt: at(5), createdAt: at(-i) }));
    const person = esc({ id: "ana", trigger: "human_requested", severity: "high", ackDueAt: at(55) });
    const distress = esc({ id: "ben", trigger: "distress_words", severity: "high" });
    const hot = esc({ id: "cy", trigger: "hot_qualified", severity: "high" });
    const sorted = [...deadlines, hot, distress, person].sort(compareForInbox);
    expect(sorted.slice(0, 4).map((e) => e.id)).toEqual(["ana", "ben", "cy", "d0"]);
    const groups = groupByCause(sorted);
    expect(groups.map((g) => g.items[0]!.id)).toEqual(["ana", "ben", "cy", "d0"]);
    expect(groups[3]).toMatchObject({ count: 9, latestAt: at(0), openIds: deadlines.map((d) => d.id) });
  });

  it("orders the rest by severity, then the nearest deadline, then the newest", () => {
    const low = esc({ id: "low", trigger: "agent_conflict", severity: "low", ackDueAt: at(1) });
    const late = esc({ id: "late", trigger: "no_eligible_seat", severity: "medium", ackDueAt: at(240) });
    const soon = esc({ id: "soon", trigger: "unproductive_exchanges", severity: "medium", ackDueAt: at(30) });
    const acked = esc({ id: "acked", trigger: "negative_sentiment", severity: "medium", status: "acknowledged", ackDueAt: at(-100), resolveDueAt: at(20) });
    const newer = esc({ id: "newer", trigger: "negative_sentiment", severity: "medium", status: "acknowledged", ackDueAt: at(-100), resolveDueAt: at(20), createdAt: at(3) });
    expect([low, late, soon, acked, newer].sort(compareForInbox).map((e) => e.id)).toEqual(["newer", "acked", "soon", "late", "low"]);
    expect(nextDueAt(acked)).toEqual(at(20));
    expect(nextDueAt(soon)).toEqual(at(30));
  });

  it("counts repeats folded into an escalation and the latest time the cause came up", () => {
    const first = esc({ id: "a", trigger: "fallback_exhausted", causeKey: "fallback_exhausted:roberto", createdAt: at(-30), repeatedAt: [at(-10), at(-2)] });
    const acked = esc({ id: "b", trigger: "fallback_exhausted", causeKey: "fallback_exhausted:roberto", status: "acknowledged", createdAt: at(-20) });
    const other = esc({ id: "c", trigger: "fallback_exhausted", causeKey: "fallback_exhausted:maria" });
    const groups = groupByCause([first, acked, other]);
    expect(groups.map((g) => [g.key, g.count, g.openIds])).toEqual([["fallback_exhausted:roberto", 4, ["a"]], ["fallback_exhausted:maria", 1, ["c"]]]);
    expect(groups[0]!.latestAt).toEqual(at(-2));
  });

  it("groups older rows without a cause key by trigger and client", () => {
    const rows = [
      esc({ id: "x", trigger: "deadline_at_risk", clientId: "roberto" }),
      esc({ id: "y", trigger: "deadline_at_risk", clientId: "roberto" }),
      esc({ id: "z", trigger: "human_requested", clientId: "roberto" }),
    ];
    expect(groupByCause(rows).map((g) => g.items.map((e) => e.id))).toEqual([["x", "y"], ["z"]]);
  });
});
