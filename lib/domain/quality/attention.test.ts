import { describe, expect, it } from "vitest";
import { attentionReason, byAttention, type SeatRow } from "./attention";
import { NO_COUNTS, qualityReport, type QualityCounts } from "./report";

const row = (name: string, counts: Partial<QualityCounts>, dueActions = 0): SeatRow => ({
  seatId: name, name, openActions: dueActions, dueActions, paused: false, report: qualityReport({ ...NO_COUNTS, ...counts }, []),
});

describe("byAttention", () => {
  it("puts the largest blocked share first, then warned, then the lowest adherence, then slow replies, quiet seats last", () => {
    const rows = [
      row("Quiet", {}),
      row("Clean", { reviewed: 10, onRubric: 10, replyP90Seconds: 60 }),
      row("Slow", { reviewed: 10, onRubric: 10, replyP90Seconds: 9_000 }),
      row("Offtone", { reviewed: 10, onRubric: 6 }),
      row("Warned", { reviewed: 10, warned: 2, onRubric: 10 }),
      row("Blocked", { reviewed: 100, blocked: 3, onRubric: 100 }),
      row("Blocked more", { reviewed: 10, blocked: 1, onRubric: 10 }),
    ];
    expect(byAttention(rows).map((r) => r.name)).toEqual(["Blocked more", "Blocked", "Warned", "Offtone", "Slow", "Clean", "Quiet"]);
  });

  it("breaks a tie with the follow-ups due, then the name", () => {
    const rows = [row("B", { reviewed: 5, onRubric: 5 }), row("A", { reviewed: 5, onRubric: 5 }), row("C", { reviewed: 5, onRubric: 5 }, 1)];
    expect(byAttention(rows).map((r) => r.name)).toEqual(["C", "A", "B"]);
  });
});

describe("attentionReason", () => {
  it("names what puts a seat high in the table, or nothing for a clean one", () => {
    expect(attentionReason(row("x", { reviewed: 10, blocked: 2, warned: 1, onRubric: 9 }))).toBe("2 blocked");
    expect(attentionReason(row("x", { reviewed: 10, onRubric: 7 }))).toBe("adherence 70%");
    expect(attentionReason(row("x", { reviewed: 10, onRubric: 10 }, 2))).toBe("2 follow-ups due");
    expect(attentionReason(row("x", { reviewed: 10, onRubric: 10 }))).toBeNull();
  });
});
